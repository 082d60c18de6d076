package com.ccplatform.webhook.systemtest.hostile;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random mutations of a signed request: bytes of the body flipped, inserted or deleted, the signature header
 * edited (a character changed, re-cased, dropped or added, the prefix or padding touched), or both.
 */
final class SignatureMutator {

    /** A body and the signature header sent with it. */
    record Signed(byte[] body, String header) {
    }

    private static final String HEADER_CHARS = "0123456789abcdefABCDEF=+/-_ sha256:xyzSHA";

    private final Random random;

    SignatureMutator(long seed) {
        this.random = new Random(seed);
    }

    Signed mutate(Signed original) {
        switch (random.nextInt(3)) {
            case 0:
                return new Signed(mutateBody(original.body()), original.header());
            case 1:
                return new Signed(original.body(), mutateHeader(original.header()));
            default:
                return new Signed(mutateBody(original.body()), mutateHeader(original.header()));
        }
    }

    byte[] mutateBody(byte[] body) {
        byte[] mutated = body;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(mutated.length);
            switch (random.nextInt(4)) {
                case 0:
                    mutated = mutated.clone();
                    mutated[at] ^= (byte) (1 << random.nextInt(8));
                    break;
                case 1:
                    mutated = insert(mutated, at, (byte) (32 + random.nextInt(95)));
                    break;
                case 2:
                    mutated = delete(mutated, at);
                    break;
                default:
                    mutated = mutated.clone();
                    mutated[at] = (byte) random.nextInt(256);
            }
        }
        return mutated;
    }

    String mutateHeader(String header) {
        StringBuilder mutated = new StringBuilder(header);
        int at = random.nextInt(mutated.length());
        switch (random.nextInt(6)) {
            case 0:
                mutated.setCharAt(at, HEADER_CHARS.charAt(random.nextInt(HEADER_CHARS.length())));
                break;
            case 1:
                mutated.setCharAt(at, Character.toUpperCase(mutated.charAt(at)));
                break;
            case 2:
                mutated.deleteCharAt(at);
                break;
            case 3:
                mutated.insert(at, HEADER_CHARS.charAt(random.nextInt(HEADER_CHARS.length())));
                break;
            case 4:
                mutated.setLength(random.nextInt(mutated.length()));
                break;
            default:
                return mutated.append(mutated.charAt(mutated.length() - 1) == '=' ? "=" : "0").toString();
        }
        return mutated.toString().strip();
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] longer = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, longer, 0, at);
        longer[at] = value;
        System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
        return longer;
    }

    private static byte[] delete(byte[] bytes, int at) {
        if (bytes.length <= 1) {
            return bytes;
        }
        byte[] shorter = Arrays.copyOf(bytes, bytes.length - 1);
        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
        return shorter;
    }
}
