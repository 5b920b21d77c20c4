import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How long hashing and checking one password takes with the platform's Argon2id settings,
 * and with the bcrypt it replaces, on one thread. Run by bench/password-hashing.sh.
 */
public class PasswordHashing {

	public static void main(String[] args) {
		measure("argon2id (16 MiB, 2 passes, 1 lane)", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		measure("bcrypt (strength 10)", new BCryptPasswordEncoder());
	}

	private static void measure(String name, PasswordEncoder encoder) {
		for (int i = 0; i < 5; i++) {
			encoder.matches("warm-up passphrase", encoder.encode("warm-up passphrase"));
		}
		int rounds = 40;
		String hash = null;
		long started = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			hash = encoder.encode("a long passphrase " + i);
		}
		double encode = (System.nanoTime() - started) / 1e6 / rounds;
		started = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			encoder.matches("a long passphrase " + (rounds - 1), hash);
		}
		double verify = (System.nanoTime() - started) / 1e6 / rounds;
		System.out.printf("%-40s hash %6.1f ms   check %6.1f ms   (mean of %d)%n", name, encode, verify, rounds);
	}

}
