package org.pexbsr.identity.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the platform's few e-mails (invitations, registration and password links) as
 * plain text in the reader's language, through the SMTP server named by
 * {@code spring.mail.*}. Links point at {@code pex.public-url}, never at the host name a
 * request claimed, so that nobody can make the platform mail out links to their own
 * server.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final ObjectProvider<TaskExecutor> executor;

	private final MessageSource messages;

	private final String from;

	private final String publicUrl;

	Mailer(ObjectProvider<JavaMailSender> sender, ObjectProvider<TaskExecutor> executor, MessageSource messages,
			@Value("${pex.mail.from:PEX-BSR Platform <no-reply@localhost>}") String from,
			@Value("${pex.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
		this.sender = sender;
		this.executor = executor;
		this.messages = messages;
		this.from = from;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Whether an SMTP server is configured at all. */
	boolean isAvailable() {
		return this.sender.getIfAvailable() != null;
	}

	/** The platform's public address of a path such as {@code /invitation/abc}. */
	String link(String path) {
		return this.publicUrl + path;
	}

	/**
	 * Sends the mail on another thread, so that how long the request takes does not tell
	 * whether a mail was sent at all (which would tell whether an address has an
	 * account). Without a task executor the mail goes at once.
	 */
	void sendLater(String to, Locale language, String key, Object... arguments) {
		TaskExecutor background = this.executor.getIfUnique();
		if (background == null) {
			send(to, language, key, arguments);
			return;
		}
		background.execute(() -> send(to, language, key, arguments));
	}

	/**
	 * Sends one mail whose subject and text are the messages {@code <key>.subject} and
	 * {@code <key>.body}; the arguments fill the body's placeholders.
	 * @return whether the SMTP server took the mail
	 */
	boolean send(String to, Locale language, String key, Object... arguments) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			log.warn("No mail was sent ({}): no SMTP server is configured; set spring.mail.host", key);
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(this.messages.getMessage(key + ".subject", null, language));
		message.setText(this.messages.getMessage(key + ".body", arguments, language));
		try {
			mail.send(message);
			log.info("Sent a mail ({})", key);
			return true;
		}
		catch (MailException ex) {
			log.error("The SMTP server did not take a mail ({}); check spring.mail.*", key, ex);
			return false;
		}
	}

}
