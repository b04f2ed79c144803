package org.opencompras;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP spoken over a plain socket, for what an HTTP client library hides: a client that keeps sending after the
 * answer, one that reads nothing, a body cut short, whether a chunked body was ended properly.
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
}
