"""safetensors_io.py - a tiny pure-Python safetensors reader and writer (F32, BF16, F16).

The `safetensors` package is not available here, so this implements the format directly:

    8 bytes     N, the header length, unsigned little-endian
    N bytes     a JSON object {name: {"dtype", "shape", "data_offsets": [begin, end]}, ...}
                plus an optional "__metadata__" object of strings; padded with spaces
    the rest    the tensors' bytes, little-endian, at [begin, end) counted from the end of the header

A sharded checkpoint is a folder with `model.safetensors.index.json`:
    {"metadata": {"total_size": bytes}, "weight_map": {tensor name: shard file name}}

Tensors come in and go out as torch tensors in their stored dtype.
"""
import json
import mmap
import os
import struct

import numpy as np
import torch

DTYPES = {  # safetensors name -> (torch dtype, numpy dtype of the same width used to move bytes)
    "F32": (torch.float32, np.float32),
    "F16": (torch.float16, np.float16),
    "BF16": (torch.bfloat16, np.int16),  # numpy has no bfloat16: move the raw 16-bit patterns
}
NAMES = {torch_dtype: name for name, (torch_dtype, _) in DTYPES.items()}
INDEX = "model.safetensors.index.json"
SINGLE = "model.safetensors"


# ---- reading ----------------------------------------------------------------------------------

def read_header(path):
    """(header dict without __metadata__, byte offset where the data starts)."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n).decode("utf-8"))
    header.pop("__metadata__", None)
    return header, 8 + n


def iter_file(path):
    """Yields (name, tensor) for every tensor of one .safetensors file, in file order, each a fresh
    copy in its stored dtype (the file is mmapped, so only one tensor is in memory at a time)."""
    header, start = read_header(path)
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        for name, info in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0]):
            if info["dtype"] not in DTYPES:
                raise ValueError(f"{path}: tensor '{name}': dtype {info['dtype']} is not supported")
            torch_dtype, np_dtype = DTYPES[info["dtype"]]
            begin, end = info["data_offsets"]
            count = int(np.prod(info["shape"], dtype=np.int64))
            if end - begin != count * np.dtype(np_dtype).itemsize or start + end > len(mm):
                raise ValueError(f"{path}: tensor '{name}': data_offsets do not fit its shape or the file")
            raw = np.frombuffer(mm, dtype=np_dtype, count=count, offset=start + begin).copy()
            t = torch.from_numpy(raw)
            if torch_dtype == torch.bfloat16:
                t = t.view(torch.bfloat16)
            yield name, t.reshape(info["shape"])
            del raw, t


def checkpoint_files(folder):
    """The .safetensors files of a checkpoint folder: model.safetensors, or the shards named by
    model.safetensors.index.json (each once, in weight_map order)."""
    if os.path.isfile(folder):
        return [folder]
    index = os.path.join(folder, INDEX)
    if os.path.exists(index):
        with open(index) as f:
            weight_map = json.load(f)["weight_map"]
        files = list(dict.fromkeys(weight_map.values()))
        return [os.path.join(folder, name) for name in files]
    return [os.path.join(folder, SINGLE)]


def iter_checkpoint(folder):
    """Yields (name, tensor) over all files of a checkpoint folder."""
    for path in checkpoint_files(folder):
        yield from iter_file(path)


def load(folder):
    """{name: tensor in its stored dtype} for a file or a checkpoint folder."""
    return dict(iter_checkpoint(folder))


# ---- writing ----------------------------------------------------------------------------------

def tensor_bytes(t):
    """The little-endian bytes of a torch tensor as a numpy array (no copy when contiguous)."""
    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy()
    return t.numpy()


def _header_bytes(specs):
    """specs: [(name, dtype name, shape)] in file order -> padded header bytes, total data bytes."""
    header = {"__metadata__": {"format": "pt"}}
    offset = 0
    for name, dtype, shape in specs:
        size = int(np.prod(shape, dtype=np.int64)) * np.dtype(DTYPES[dtype][1]).itemsize
        header[name] = {"dtype": dtype, "shape": [int(d) for d in shape],
                        "data_offsets": [offset, offset + size]}
        offset += size
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)  # keep the data 8-byte aligned, as the Rust crate does
    return struct.pack("<Q", len(text)) + text, offset


def write_stream(path, specs, produce):
    """Writes a .safetensors file tensor by tensor.  specs: [(name, dtype name, shape)];
    produce(name) returns that tensor (or an iterable of row blocks of it, in order) in the
    stored dtype, so the whole checkpoint never needs to be in memory."""
    header, total = _header_bytes(specs)
    with open(path, "wb") as f:
        f.write(header)
        for name, dtype, shape in specs:
            parts = produce(name)
            for part in ([parts] if isinstance(parts, torch.Tensor) else parts):
                if NAMES[part.dtype] != dtype:
                    raise ValueError(f"{name}: produced {part.dtype}, declared {dtype}")
                tensor_bytes(part).tofile(f)
        if f.tell() != len(header) + total:
            raise ValueError(f"{path}: wrote {f.tell()} bytes, expected {len(header) + total}")


def save(path, tensors):
    """Writes {name: tensor} (in dict order) to one .safetensors file."""
    specs = [(name, NAMES[t.dtype], tuple(t.shape)) for name, t in tensors.items()]
    write_stream(path, specs, lambda name: tensors[name])


def save_sharded(folder, tensors, n_shards):
    """Splits {name: tensor} (in dict order) into n_shards files of about equal size named
    model-0000i-of-0000n.safetensors, and writes model.safetensors.index.json."""
    names = list(tensors)
    sizes = [tensors[n].numel() * tensors[n].element_size() for n in names]
    total = sum(sizes)
    shards, current, acc = [], [], 0
    for name, size in zip(names, sizes):
        current.append(name)
        acc += size
        if len(shards) < n_shards - 1 and acc >= total * (len(shards) + 1) / n_shards:
            shards.append(current)
            current = []
    shards.append(current)
    if len(shards) != n_shards or not all(shards):
        raise ValueError(f"cannot split {len(names)} tensors into {n_shards} shards")
    weight_map = {}
    for i, shard in enumerate(shards):
        file = f"model-{i + 1:05d}-of-{n_shards:05d}.safetensors"
        save(os.path.join(folder, file), {n: tensors[n] for n in shard})
        weight_map.update({n: file for n in shard})
    index = {"metadata": {"total_size": total}, "weight_map": dict(sorted(weight_map.items()))}
    with open(os.path.join(folder, INDEX), "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")
