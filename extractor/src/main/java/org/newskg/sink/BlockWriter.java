package org.newskg.sink;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered {@link Writer} for one thread: Rio's N-Quads writer appends an IRI one character at a
 * time, and {@link java.io.BufferedWriter} takes a lock for each; this one only copies into a block
 * and hands full blocks to the encoding writer underneath.
 */
final class BlockWriter extends Writer {
    private final Writer out;
    private final char[] block = new char[1 << 16];
    private int used;

    BlockWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == block.length) drain();
        block[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len > block.length - used) {
            drain();
            if (len > block.length) {
                out.write(chars, off, len);
                return;
            }
        }
        System.arraycopy(chars, off, block, used, len);
        used += len;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len > block.length - used) {
            drain();
            if (len > block.length) {
                out.write(s, off, len);
                return;
            }
        }
        s.getChars(off, off + len, block, used);
        used += len;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    @Override
    public Writer append(CharSequence s) throws IOException {
        String text = String.valueOf(s);
        write(text, 0, text.length());
        return this;
    }

    private void drain() throws IOException {
        out.write(block, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }
}
