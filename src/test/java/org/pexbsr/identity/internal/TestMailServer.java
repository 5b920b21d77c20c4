package org.pexbsr.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) on a free port, one per test JVM, that every test
 * application context sends its mail to. It is registered for all contexts in
 * {@code META-INF/spring.factories}, so it adds no context of its own and the shared
 * {@code @PlatformTest} context stays shared. Tests tell their mails apart by the
 * recipient's address, which each test makes unique.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Where the links in the mails point; tests follow them through MockMvc. */
	static final String PUBLIC_URL = "https://pex.example.test";

	private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(/[^\\s]+)");

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail running = start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-mail-server",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", running.getSmtp().getPort(),
							"pex.public-url", PUBLIC_URL, "pex.mail.from",
							"PEX-BSR Platform <no-reply@example.test>")));
	}

	static synchronized GreenMail start() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
		}
		return server;
	}

	/** The mails received for the address so far. */
	static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(start().getReceivedMessages()).filter((message) -> isFor(message, address)).toList();
	}

	/** The one mail the address received, waiting a little for it to arrive. */
	static MimeMessage onlyMailTo(String address) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (mailsTo(address).isEmpty() && Instant.now().isBefore(deadline)) {
			start().waitForIncomingEmail(200, start().getReceivedMessages().length + 1);
		}
		List<MimeMessage> mails = mailsTo(address);
		if (mails.size() != 1) {
			throw new AssertionError("Expected one mail to " + address + " but found " + mails.size());
		}
		return mails.get(0);
	}

	static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("\r\n", "\n");
	}

	/** The path of the platform link in the mail, such as {@code /invitation/abc}. */
	static String linkPath(MimeMessage message) {
		Matcher matcher = LINK.matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("The mail has no link to the platform:\n" + body(message));
		}
		return matcher.group(1);
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
