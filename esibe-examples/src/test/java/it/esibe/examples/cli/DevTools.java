package it.esibe.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Headless Chromium driven through its DevTools protocol, so that a test can ask the browser where
 * it drew each element of a page without adding anything to the page: the report has no script
 * and its content security policy forbids any, and the protocol's layout snapshot reads the
 * browser's own layout from outside the page.
 *
 * <p>One browser, one tab; a plain WebSocket client of the JDK, no protocol library. The browser
 * listens on a loopback port it picks itself and writes in its profile folder; nothing is loaded
 * from the network.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final BlockingQueue<JsonNode> messages;
    /** Messages received while waiting for another: an event may come before the reply that causes it. */
    private final List<JsonNode> backlog = new ArrayList<>();
    private final String session;
    private int lastId;

    private DevTools(Process process, WebSocket socket, BlockingQueue<JsonNode> messages)
            throws IOException, InterruptedException {
        this.process = process;
        this.socket = socket;
        this.messages = messages;
        ObjectNode target = JSON.createObjectNode().put("url", "about:blank");
        String targetId = browserCommand("Target.createTarget", target).path("targetId").asText();
        this.session = browserCommand("Target.attachToTarget",
                JSON.createObjectNode().put("targetId", targetId).put("flatten", true)).path("sessionId").asText();
        send("Page.enable", JSON.createObjectNode());
    }

    /** Starts {@code chromium} headless with a fresh profile under {@code dir} and connects to it. */
    static DevTools start(Path chromium, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "devtools-profile");
        List<String> cmd = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("devtools-stderr-" + System.nanoTime() + ".txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            // Chromium writes the port it chose and the browser's endpoint to this file once it listens.
            Path active = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    throw new IOException("Chromium did not open its DevTools port: " + cmd);
                }
                Thread.sleep(50);
                if (Files.isRegularFile(active)) {
                    lines = Files.readAllLines(active, StandardCharsets.UTF_8);
                }
            }
            URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(endpoint, new Listener(messages)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new DevTools(p, socket, messages);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(p);
            throw e;
        } catch (Exception e) {
            stop(p);
            throw new IOException("cannot connect to Chromium's DevTools", e);
        }
    }

    /** Queues each text message, which may come in parts, for the thread that awaits it. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();
        private final BlockingQueue<JsonNode> messages;

        Listener(BlockingQueue<JsonNode> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(part.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("DevTools sent something that is not JSON", e);
                }
                part.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    private JsonNode browserCommand(String method, ObjectNode params) throws IOException, InterruptedException {
        return command(null, method, params);
    }

    /** Runs {@code method} in the tab and returns its result. */
    JsonNode send(String method, ObjectNode params) throws IOException, InterruptedException {
        return command(session, method, params);
    }

    private JsonNode command(@Nullable String sessionId, String method, ObjectNode params)
            throws IOException, InterruptedException {
        int id = ++lastId;
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode reply = await(m -> m.path("id").asInt(-1) == id, method);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Waits for the message {@code wanted}, keeping the others for a later wait. */
    private JsonNode await(Predicate<JsonNode> wanted, String what)
            throws IOException, InterruptedException {
        for (int i = 0; i < backlog.size(); i++) {
            if (wanted.test(backlog.get(i))) {
                return backlog.remove(i);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode m = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new IOException("no answer from Chromium to " + what + " within " + TIMEOUT_SECONDS + " s");
            }
            if (wanted.test(m)) {
                return m;
            }
            backlog.add(m);
        }
    }

    /**
     * Opens {@code page} in a viewport {@code width} CSS pixels wide and waits until it is loaded.
     */
    void open(Path page, int width) throws IOException, InterruptedException {
        open(page, width, 900);
    }

    /**
     * Opens {@code page} in a viewport {@code width} by {@code height} CSS pixels: a viewport taller
     * than the page has no scroll bar, and lays the page out as a screenshot beyond the viewport does.
     */
    void open(Path page, int width, int height) throws IOException, InterruptedException {
        resize(width, height);
        // A load event still waiting here is an earlier page's.
        backlog.clear();
        send("Page.navigate", JSON.createObjectNode().put("url", page.toUri().toString()));
        await(m -> "Page.loadEventFired".equals(m.path("method").asText()), "loading " + page);
    }

    /** Gives the tab a viewport {@code width} CSS pixels wide; the page is laid out again. */
    void resize(int width) throws IOException, InterruptedException {
        resize(width, 900);
    }

    private void resize(int width, int height) throws IOException, InterruptedException {
        send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** The browser's layout of the open page: every element's and text's box, in CSS pixels. */
    PageLayout layout() throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode().put("includeDOMRects", true);
        params.putArray("computedStyles").add("overflow-x");
        JsonNode snapshot = send("DOMSnapshot.captureSnapshot", params);
        JsonNode metrics = send("Page.getLayoutMetrics", JSON.createObjectNode());
        return PageLayout.of(snapshot, metrics.path("cssLayoutViewport").path("clientWidth").asDouble());
    }

    /** A PNG of the open page's top {@code height} CSS pixels, as wide as the viewport. */
    byte[] screenshot(int width, int height) throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
        return Base64.getDecoder().decode(send("Page.captureScreenshot", params).path("data").asText());
    }

    /** A PNG of the open page's area from {@code y}, {@code height} CSS pixels tall, as wide as {@code width}. */
    byte[] screenshot(int width, double y, double height) throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", 0).put("y", y).put("width", width).put("height", height).put("scale", 1);
        return Base64.getDecoder().decode(send("Page.captureScreenshot", params).path("data").asText());
    }

    @Override
    public void close() {
        try {
            socket.sendText(JSON.createObjectNode().put("id", ++lastId).put("method", "Browser.close").toString(), true)
                    .get(5, TimeUnit.SECONDS);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Closing politely failed: the process is ended below all the same.
        }
        stop(process);
    }

    private static void stop(Process p) {
        // Chromium's helper processes are ours to end too.
        List<ProcessHandle> children = new ArrayList<>(p.descendants().toList());
        children.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
