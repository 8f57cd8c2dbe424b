"""The datasketch peer of news-dedup's speed benchmark (BenchMain --datasketch PYTHON).

Reads article texts (one JSON string per line) from the file given as the first argument and
computes, per article, what a datasketch user computes: whitespace tokens, k-word shingles,
UTF-8 bytes, MinHash(num_perm) with update_batch (the vectorized update). MODE "shared" (the
default) creates the permutations once and passes them to every MinHash, datasketch's fastest
documented use for many sketches; MODE "idiomatic" writes MinHash(num_perm=..., seed=1) per
article as datasketch's README does, which draws the permutations again for each one. Only that
work is timed: the texts are in memory first. Prints one JSON object on stdout.

Usage: python3 datasketch_peer.py TEXTS.jsonl K NUM_PERM ROUNDS [shared|idiomatic]
Needs datasketch (pip install datasketch) and numpy.
"""

import json
import sys
import time


def main():
    path, k, num_perm, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    mode = sys.argv[5] if len(sys.argv) > 5 else "shared"
    if mode not in ("shared", "idiomatic"):
        raise SystemExit("MODE must be shared or idiomatic, not " + mode)
    import datasketch
    from datasketch import MinHash

    # "0.0.0" when datasketch runs from a source checkout without package metadata.
    ds_version = getattr(datasketch, "__version__", "unknown")
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line) for line in f if line.strip()]
    shared = MinHash(num_perm=num_perm, seed=1).permutations if mode == "shared" else None

    def sketch(text):
        tokens = text.split()
        if len(tokens) < k:
            shingles = [" ".join(tokens).encode("utf-8")]
        else:
            shingles = [
                " ".join(tokens[i : i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)
            ]
        if shared is None:
            m = MinHash(num_perm=num_perm, seed=1)
        else:
            m = MinHash(num_perm=num_perm, seed=1, permutations=shared)
        m.update_batch(shingles)
        return int(m.hashvalues[0])

    sink = 0
    for text in texts[: min(len(texts), 200)]:  # warm-up
        sink ^= sketch(text)
    best = None
    for _ in range(rounds):
        t0 = time.perf_counter_ns()
        for text in texts:
            sink ^= sketch(text)
        t1 = time.perf_counter_ns()
        best = t1 - t0 if best is None else min(best, t1 - t0)
    print(
        json.dumps(
            {
                "peer": "datasketch",
                "mode": mode,
                "version": ds_version,
                "python": sys.version.split()[0],
                "articles": len(texts),
                "nanos": best,
                "checksum": sink,
            }
        )
    )


if __name__ == "__main__":
    main()
