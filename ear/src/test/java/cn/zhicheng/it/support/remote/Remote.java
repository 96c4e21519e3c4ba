package cn.zhicheng.it.support.remote;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The client half of the server kit, for browser tests ({@code @RunAsClient}): {@code Remote.call(MyIT.class,
 * "prepare", "UNIT_REVIEW")} runs {@code MyIT.prepare("UNIT_REVIEW")} (a {@code static} method taking strings or a
 * {@code String...}, returning a {@code Map} or a value) inside the server, where the IT kit drives cases as real
 * users and reads the database, and gives back its answer. A failure inside the server fails the test with the
 * server's stack trace. The deployment must be {@code Deployments.earWithKit(MyIT.class, ...)}.
 */
public final class Remote {

    // HTTP/1.1: the default HTTP/2 upgrade lets the server end a reused connection with GOAWAY mid-test (seen under load)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Remote() {
    }

    /** Runs the method in the server and returns its answer (a map's entries, or {@code result} = the value). */
    public static Map<String, String> call(Class<?> owner, String method, String... args) {
        StringBuilder form = new StringBuilder("class=").append(enc(owner.getName())).append("&method=").append(enc(method));
        for (String arg : args) {
            form.append("&arg=").append(enc(arg));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(kitUrl()))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("in the server, " + owner.getSimpleName() + "." + method + " failed:\n"
                        + response.body());
            }
            Properties answer = new Properties();
            answer.load(new StringReader(response.body()));
            Map<String, String> result = new LinkedHashMap<>();
            answer.stringPropertyNames().stream().sorted().forEach(k -> result.put(k, answer.getProperty(k)));
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("the server kit cannot be reached at " + kitUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@link #call} for a method that returns one value. */
    public static String value(Class<?> owner, String method, String... args) {
        return call(owner, method, args).get("result");
    }

    private static String kitUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("zc.port.offset", 100)) + "/zhicheng-it/call";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
