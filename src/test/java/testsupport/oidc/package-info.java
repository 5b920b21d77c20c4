/**
 * A real OpenID Connect provider (Spring Security's authorization server) for the single
 * sign-on tests. It lives outside {@code org.pexbsr} so that the platform's component
 * scan never finds its configuration.
 */
package testsupport.oidc;
