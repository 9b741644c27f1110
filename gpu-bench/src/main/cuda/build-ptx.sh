#!/usr/bin/env bash
# Regenerates the committed PTX from kernels.cu. Needs nvcc (CUDA 12 or 13); no GPU.
# compute_75 is the oldest virtual architecture CUDA 13 still targets (Turing, T4); the driver
# JIT-compiles the PTX for the GPU it runs on, so one file serves T4 to H200.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../resources/org/depinlab/gpubench/cuda/kernels.ptx"
nvcc --ptx -arch=compute_75 -O3 -o "$out" "$here/kernels.cu"
echo "wrote $out ($(nvcc --version | tail -1))"
