// depinlab GPU microbenchmark kernels. Compiled once to PTX by build-ptx.sh and committed as
// gpu-bench/src/main/resources/org/depinlab/gpubench/cuda/kernels.ptx; JCuda loads the PTX through
// the driver API (cuModuleLoadData), so running the benchmarks needs only libcuda.so.1.
#include <cuda_fp16.h>
#include <mma.h>

// Kernel launch latency: does nothing.
extern "C" __global__ void empty_kernel() {}

// STREAM triad over doubles, grid-stride loop: a[i] = b[i] + s * c[i].
extern "C" __global__ void triad(double *a, const double *b, const double *c, double s, unsigned long long n) {
    for (unsigned long long i = blockIdx.x * (unsigned long long) blockDim.x + threadIdx.x; i < n;
         i += (unsigned long long) gridDim.x * blockDim.x) {
        a[i] = b[i] + s * c[i];
    }
}

// Fills a float array with a small repeating pattern (inputs of the FP32 multiply).
extern "C" __global__ void fill_float(float *x, unsigned long long n, float scale) {
    for (unsigned long long i = blockIdx.x * (unsigned long long) blockDim.x + threadIdx.x; i < n;
         i += (unsigned long long) gridDim.x * blockDim.x) {
        x[i] = (float) (i % 7) * scale;
    }
}

// Fills a half array likewise (inputs of the FP16 multiply).
extern "C" __global__ void fill_half(__half *x, unsigned long long n, float scale) {
    for (unsigned long long i = blockIdx.x * (unsigned long long) blockDim.x + threadIdx.x; i < n;
         i += (unsigned long long) gridDim.x * blockDim.x) {
        x[i] = __float2half((float) (i % 7) * scale);
    }
}

#define TILE 32

// FP32 C = A * B, n x n row-major, shared-memory tiles of 32 x 32; any n (edges are masked).
// Launch with 32 x 32 threads per block and ceil(n/32)^2 blocks.
extern "C" __global__ void sgemm_tiled(const float *A, const float *B, float *C, int n) {
    __shared__ float As[TILE][TILE];
    __shared__ float Bs[TILE][TILE + 1];
    int row = blockIdx.y * TILE + threadIdx.y;
    int col = blockIdx.x * TILE + threadIdx.x;
    float acc = 0.0f;
    for (int t = 0; t < n; t += TILE) {
        int ak = t + threadIdx.x;
        int bk = t + threadIdx.y;
        As[threadIdx.y][threadIdx.x] = (row < n && ak < n) ? A[(size_t) row * n + ak] : 0.0f;
        Bs[threadIdx.y][threadIdx.x] = (bk < n && col < n) ? B[(size_t) bk * n + col] : 0.0f;
        __syncthreads();
#pragma unroll
        for (int k = 0; k < TILE; k++) {
            acc += As[threadIdx.y][k] * Bs[k][threadIdx.x];
        }
        __syncthreads();
    }
    if (row < n && col < n) {
        C[(size_t) row * n + col] = acc;
    }
}

// FP16 inputs, FP32 accumulate, on tensor cores through WMMA: each warp computes one 16 x 16 tile
// of C, walking k in steps of 16. n must be a multiple of 16.
// Launch with 128 threads (4 warps) per block, blocks = (n/16)^2 / 4 rounded up.
extern "C" __global__ void hgemm_wmma(const __half *A, const __half *B, float *C, int n) {
    using namespace nvcuda;
    int warp = (blockIdx.x * blockDim.x + threadIdx.x) / warpSize;
    int tiles = n / 16;
    if (warp >= tiles * tiles) {
        return;
    }
    int tileRow = warp / tiles;
    int tileCol = warp % tiles;
    wmma::fragment<wmma::matrix_a, 16, 16, 16, __half, wmma::row_major> a;
    wmma::fragment<wmma::matrix_b, 16, 16, 16, __half, wmma::row_major> b;
    wmma::fragment<wmma::accumulator, 16, 16, 16, float> acc;
    wmma::fill_fragment(acc, 0.0f);
    for (int k = 0; k < n; k += 16) {
        wmma::load_matrix_sync(a, A + (size_t) tileRow * 16 * n + k, n);
        wmma::load_matrix_sync(b, B + (size_t) k * n + tileCol * 16, n);
        wmma::mma_sync(acc, a, b, acc);
    }
    wmma::store_matrix_sync(C + (size_t) tileRow * 16 * n + tileCol * 16, acc, n, wmma::mem_row_major);
}

// Integer throughput: each thread chains `rounds` SplitMix64 finalizer steps (the CPU path's hash).
extern "C" __global__ void hash_splitmix(unsigned long long *out, unsigned long long rounds) {
    unsigned long long id = blockIdx.x * (unsigned long long) blockDim.x + threadIdx.x;
    unsigned long long x = id;
    for (unsigned long long i = 0; i < rounds; i++) {
        unsigned long long z = x + i;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        x = z ^ (z >> 31);
    }
    out[id] = x;
}
