package org.depinlab.gpubench.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlockedMatmulTest {

    @Test
    void blockedProductEqualsTheNaiveTripleLoopForASizeThatIsNotAMultipleOfTheBlock() {
        int n = BlockedMatmul.BLOCK + 13;
        BlockedMatmul matmul = new BlockedMatmul(n);
        matmul.multiplyRowBlocks(0, matmul.rowBlocks());
        float[] a = matmul.left();
        float[] b = matmul.right();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double expected = 0;
                for (int k = 0; k < n; k++) {
                    expected += (double) a[i * n + k] * b[k * n + j];
                }
                assertEquals(expected, matmul.product()[i * n + j], 1e-3 * Math.max(1, expected), "C[" + i + "][" + j + "]");
            }
        }
    }
}
