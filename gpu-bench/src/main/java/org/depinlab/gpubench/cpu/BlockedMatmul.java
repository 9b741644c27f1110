package org.depinlab.gpubench.cpu;

/**
 * C = A·B for n × n FP32 matrices, row-major, cache-blocked: for each block of rows of C, walk
 * blocks of k and j so that a block of B stays in cache while a block of A's rows streams past.
 * The innermost loop (over j) is a contiguous multiply-add the JIT vectorises.
 */
final class BlockedMatmul {

    static final int BLOCK = 64;

    private final int n;
    private final float[] a;
    private final float[] b;
    private final float[] c;

    BlockedMatmul(int n) {
        if (n < 1 || (long) n * n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("matrix size must be in [1, 46340], got " + n);
        }
        this.n = n;
        this.a = new float[n * n];
        this.b = new float[n * n];
        this.c = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            a[i] = (i % 7) * 0.25f;
            b[i] = (i % 5) * 0.5f;
        }
    }

    int rowBlocks() {
        return (n + BLOCK - 1) / BLOCK;
    }

    float[] product() {
        return c;
    }

    float[] left() {
        return a;
    }

    float[] right() {
        return b;
    }

    /** Computes the rows of C in row blocks [fromBlock, toBlock). */
    void multiplyRowBlocks(int fromBlock, int toBlock) {
        int rowStart = fromBlock * BLOCK;
        int rowEnd = Math.min(n, toBlock * BLOCK);
        java.util.Arrays.fill(c, rowStart * n, rowEnd * n, 0f);
        for (int kk = 0; kk < n; kk += BLOCK) {
            int kEnd = Math.min(n, kk + BLOCK);
            for (int jj = 0; jj < n; jj += BLOCK) {
                int jEnd = Math.min(n, jj + BLOCK);
                for (int i = rowStart; i < rowEnd; i++) {
                    int rowC = i * n;
                    int rowA = i * n;
                    for (int k = kk; k < kEnd; k++) {
                        float aik = a[rowA + k];
                        int rowB = k * n;
                        for (int j = jj; j < jEnd; j++) {
                            c[rowC + j] += aik * b[rowB + j];
                        }
                    }
                }
            }
        }
    }
}
