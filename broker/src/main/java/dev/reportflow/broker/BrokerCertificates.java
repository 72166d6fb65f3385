package dev.reportflow.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLS identity of a secured embedded broker, made at start: a fresh CA signs the broker's
 * certificate (for 127.0.0.1 and localhost), then the CA's private key is deleted. Clients trust the
 * CA through {@link #truststoreProperties()}; the controller listener accepts only clients that present a
 * certificate from that CA, and with its key gone the broker's own certificate is the only one there
 * will ever be.
 *
 * <p>The JDK has no public API to issue certificates and no certificate library is on the
 * classpath, so the JDK's own {@code keytool} (of the running JVM) makes and signs the keys; the
 * stores are assembled with {@link KeyStore}. Both are PKCS12 in the broker's data directory (its
 * owner's only), each with a password made up here: the keystore's is passed to keytool through its
 * environment, never on a command line; the truststore's goes to every client, so it is another.
 */
final class BrokerCertificates {

    /** The subject of the broker's certificate; over mutual TLS its principal is {@code User:} + this. */
    static final String BROKER_SUBJECT = "CN=reportflow-embedded-broker";
    private static final String STORE_TYPE = "PKCS12";
    private static final String BROKER_ALIAS = "broker";
    private static final String CA_ALIAS = "ca";
    /** Long enough for any demo left running; the keys are deleted with the broker's data anyway. */
    private static final String VALIDITY_DAYS = "90";
    private static final String PASSWORD_VARIABLE = "REPORTFLOW_STORE_PASSWORD";

    private final Path keystore;
    private final String keystorePassword;
    private final Path truststore;
    private final String truststorePassword;

    private BrokerCertificates(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        this.truststore = truststore;
        this.truststorePassword = truststorePassword;
    }

    /** Makes a CA, the broker's key and certificate, and the stores, in {@code dir} (created). */
    static BrokerCertificates generate(Path dir) {
        String password = randomPassword();
        String truststorePassword = randomPassword();
        Path caStore = dir.resolve("ca.p12");
        Path keystore = dir.resolve("broker.p12");
        Path request = dir.resolve("broker.csr");
        Path signed = dir.resolve("broker.crt");
        Path truststore = dir.resolve("truststore.p12");
        try {
            Files.createDirectories(dir);
            // The two key pairs do not depend on each other: making them at once saves a keytool start.
            Process ca = keytool(password, "-genkeypair", "-alias", CA_ALIAS, "-dname", "CN=reportflow demo CA",
                    "-ext", "bc:c", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALIDITY_DAYS,
                    "-storetype", STORE_TYPE, "-keystore", caStore.toString());
            Process broker = keytool(password, "-genkeypair", "-alias", BROKER_ALIAS, "-dname", BROKER_SUBJECT,
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", VALIDITY_DAYS,
                    "-storetype", STORE_TYPE, "-keystore", keystore.toString());
            await(ca);
            await(broker);
            await(keytool(password, "-certreq", "-alias", BROKER_ALIAS, "-keystore", keystore.toString(),
                    "-file", request.toString()));
            // serverAuth for the listeners, clientAuth for the broker's own connections to its controller.
            await(keytool(password, "-gencert", "-alias", CA_ALIAS, "-keystore", caStore.toString(),
                    "-infile", request.toString(), "-outfile", signed.toString(), "-rfc", "-validity", VALIDITY_DAYS,
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-ext", "eku=serverAuth,clientAuth"));
            assembleStores(password.toCharArray(), caStore, keystore, signed, truststore, truststorePassword.toCharArray());
            Files.delete(caStore);
            Files.delete(request);
            Files.delete(signed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker's certificates in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot assemble the broker's key and trust stores in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the broker's certificates", e);
        }
        return new BrokerCertificates(keystore, password, truststore, truststorePassword);
    }

    /** The broker's key with its chain (broker, CA), replacing keytool's self-signed placeholder; and the CA alone as the truststore. */
    private static void assembleStores(char[] password, Path caStore, Path keystore, Path signed, Path truststore,
                                       char[] truststorePassword) throws IOException, GeneralSecurityException {
        Certificate caCertificate = load(caStore, password).getCertificate(CA_ALIAS);
        Certificate brokerCertificate;
        try (InputStream in = Files.newInputStream(signed)) {
            brokerCertificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore brokerStore = load(keystore, password);
        Key brokerKey = brokerStore.getKey(BROKER_ALIAS, password);
        brokerStore.setKeyEntry(BROKER_ALIAS, brokerKey, password, new Certificate[] {brokerCertificate, caCertificate});
        store(brokerStore, keystore, password);

        KeyStore trusted = KeyStore.getInstance(STORE_TYPE);
        trusted.load(null, null);
        trusted.setCertificateEntry(CA_ALIAS, caCertificate);
        store(trusted, truststore, truststorePassword);
    }

    /** The broker's own settings: its key for every listener, and the CA to check the certificates it is shown. */
    Map<String, String> brokerProperties() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("ssl.keystore.type", STORE_TYPE);
        config.put("ssl.keystore.location", keystore.toString());
        config.put("ssl.keystore.password", keystorePassword);
        config.putAll(truststoreProperties());
        return config;
    }

    /** What a client needs to trust the broker's certificate. */
    Map<String, String> truststoreProperties() {
        return Map.of("ssl.truststore.type", STORE_TYPE, "ssl.truststore.location", truststore.toString(),
                "ssl.truststore.password", truststorePassword);
    }

    private static String randomPassword() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static Process keytool(String password, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // keytool is a short JVM run: skip the optimising compiler, it only slows the start.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass:env", PASSWORD_VARIABLE, "-noprompt"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        // Nothing to answer: a question keytool might still ask reads end-of-input and fails, not hangs.
        process.getOutputStream().close();
        return process;
    }

    private static void await(Process keytool) throws IOException, InterruptedException {
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = keytool.waitFor();
        if (exit != 0) {
            throw new IOException("keytool failed (exit " + exit + "): " + output.strip());
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(STORE_TYPE);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void store(KeyStore store, Path file, char[] password) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }
}
