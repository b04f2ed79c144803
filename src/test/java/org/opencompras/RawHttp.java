package org.opencompras;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.opencompras.common.json.Json;

/**
 * HTTP spoken over a plain socket, for what an HTTP client library hides: a client that keeps sending after the
 * answer, one that reads nothing, a body cut short, whether a chunked body was ended properly; and requests such
 * a library would refuse or repair (a missing {@code Host}, invalid percent-encoding, oversized request lines
 * and headers), sent byte for byte with {@link #exchange} and {@link #get}.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** A connection to the service under test; {@code receiveBuffer} &gt; 0 makes the client a slow reader. */
    public static RawHttp connect(int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("localhost", RestAssured.port), 5_000);
        socket.setSoTimeout(20_000);
        return new RawHttp(socket);
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    public void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The status line and headers of the answer, lower-cased header names, up to the blank line. */
    public String head() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection ended inside the answer's head: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The body of an answer whose head said {@code Content-Length}. */
    public String body(String head) throws IOException {
        int length = Integer.parseInt(header(head, "content-length"));
        return new String(socket.getInputStream().readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Whatever comes until the server closes the connection (or resets it). */
    public byte[] rest() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = socket.getInputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // A reset ends the transfer as surely as a close.
        }
        return all.toByteArray();
    }

    /** Reads {@code bytes} bytes, or fewer if the connection ends first. */
    public byte[] read(int bytes) throws IOException {
        return socket.getInputStream().readNBytes(bytes);
    }

    public static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    public static int status(String head) {
        return Integer.parseInt(head.substring(9, 12));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /**
     * @param status  the status code
     * @param headers the headers, names in lower case
     * @param body    the body as text
     */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    /** Sends this request text on a connection of its own (lines ending in CRLF, ending with an empty line) and reads the answer. */
    public static Answer exchange(String request) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return answer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of this request target with a Host header and a close after the answer, plus extra header lines. */
    public static Answer get(String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return exchange(request.append("Connection: close\r\n\r\n").toString());
    }

    private static Answer answer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The connection closed before the end of the headers: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunks(in);
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
