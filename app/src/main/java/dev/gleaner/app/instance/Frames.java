package dev.gleaner.app.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The little protocol between a command and the running Gleaner. The command sends one request
 * (magic, working folder, arguments, standard input); the running Gleaner answers with frames of
 * standard output and standard error as they are written, then the exit status.
 */
final class Frames {
    static final int MAGIC = 0x474c4e31; // "GLN1"
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    /** Caps what a request may carry, so that a stray client cannot make the server allocate without bound. */
    static final int MAX_STRING = 1 << 20;

    static final int MAX_ARGS = 10_000;
    static final int MAX_STDIN = 64 << 20;

    private Frames() {}

    /** A command as forwarded: where it was started, its arguments and its standard input (or empty). */
    record Request(String cwd, List<String> args, byte[] stdin) {}

    static void writeRequest(DataOutputStream out, Request r) throws IOException {
        out.writeInt(MAGIC);
        writeString(out, r.cwd());
        out.writeInt(r.args().size());
        for (String a : r.args()) {
            writeString(out, a);
        }
        out.writeInt(r.stdin().length);
        out.write(r.stdin());
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Gleaner request");
        }
        String cwd = readString(in);
        int n = in.readInt();
        if (n < 0 || n > MAX_ARGS) {
            throw new IOException("too many arguments: " + n);
        }
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(readString(in));
        }
        return new Request(cwd, args, readBytes(in, MAX_STDIN));
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in, MAX_STRING), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("a field of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    /** Reads one answer frame's kind, or -1 at the end of the stream. */
    static int readKind(DataInputStream in) throws IOException {
        try {
            return in.readByte();
        } catch (EOFException e) {
            return -1;
        }
    }

    static byte[] readPayload(DataInputStream in) throws IOException {
        return readBytes(in, Integer.MAX_VALUE);
    }
}
