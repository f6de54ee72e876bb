#!/usr/bin/env python3
"""Export a torchvision ResNet as a TorchScript backbone for DMAD Studio.

DMAD Studio ships no network weights. Run this script once on a computer with Python, PyTorch and
torchvision (and, for ImageNet weights, internet access), then copy the .pt file to the workstation
and choose it in Settings > Backbone, or pass it to `dmad --backbone FILE`.

The exported module follows the backbone contract DMAD Studio checks when it loads a backbone:

  input      float tensor [N, 3, H, W], RGB, normalised the torchvision way
             (mean 0.485, 0.456, 0.406; std 0.229, 0.224, 0.225); any H and W, 256 x 256 by default
  forward    (x) -> (stride-8 map, stride-16 map), i.e. ResNet layer2 and layer3:
             resnet18 [N, 128, H/8, W/8] and [N, 256, H/16, W/16];
             wide_resnet50_2 [N, 512, H/8, W/8] and [N, 1024, H/16, W/16] (the DMAD paper's choice)
  stages     (x) -> list of five maps at strides 2, 4, 8, 16, 32
  classify   (x) -> [N, 1000] ImageNet logits (meaningful only with --weights imagenet)

Examples:
  python3 export_backbone.py --arch wide_resnet50_2 --weights imagenet --out wide_resnet50_2.pt
  python3 export_backbone.py --arch resnet18 --weights none --out resnet18_untrained.pt   # no download

--weights none gives random weights: useful to test the tool chain, useless for inspection.
Licences: torchvision's code is BSD-3-Clause; its ImageNet weights come with torchvision's terms.
The script prints the output shapes it verified and the file's SHA-256 (a DMAD model file records
the SHA-256 of the backbone it was trained with).
"""

import argparse
import hashlib
import json
import sys
from typing import List, Tuple

import torch
import torchvision

ARCHITECTURES = ("wide_resnet50_2", "resnet18")
STRIDES = (2, 4, 8, 16, 32)


class ResNetBackbone(torch.nn.Module):
    """A torchvision ResNet cut into the stages the DMAD contract names."""

    def __init__(self, net: torch.nn.Module):
        super().__init__()
        self.conv1 = net.conv1
        self.bn1 = net.bn1
        self.relu = net.relu
        self.maxpool = net.maxpool
        self.layer1 = net.layer1
        self.layer2 = net.layer2
        self.layer3 = net.layer3
        self.layer4 = net.layer4
        self.avgpool = net.avgpool
        self.fc = net.fc

    def stem(self, x: torch.Tensor) -> torch.Tensor:
        return self.relu(self.bn1(self.conv1(x)))  # stride 2

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        stride4 = self.layer1(self.maxpool(self.stem(x)))
        stride8 = self.layer2(stride4)
        stride16 = self.layer3(stride8)
        return stride8, stride16

    @torch.jit.export
    def stages(self, x: torch.Tensor) -> List[torch.Tensor]:
        stride2 = self.stem(x)
        stride4 = self.layer1(self.maxpool(stride2))
        stride8 = self.layer2(stride4)
        stride16 = self.layer3(stride8)
        stride32 = self.layer4(stride16)
        return [stride2, stride4, stride8, stride16, stride32]

    @torch.jit.export
    def classify(self, x: torch.Tensor) -> torch.Tensor:
        stride32 = self.stages(x)[4]
        return self.fc(torch.flatten(self.avgpool(stride32), 1))


def build(arch: str, weights: str) -> torch.nn.Module:
    """The torchvision network, with ImageNet weights (downloaded once into torch's cache) or random ones."""
    constructor = getattr(torchvision.models, arch)
    if weights == "none":
        return constructor(weights=None) if _has_weights_api() else constructor(pretrained=False)
    if _has_weights_api():
        return constructor(weights="IMAGENET1K_V1")
    return constructor(pretrained=True)  # torchvision before 0.13


def _has_weights_api() -> bool:
    major, minor = (int(part) for part in torchvision.__version__.split(".")[:2])
    return (major, minor) >= (0, 13)


def verify(module: torch.jit.ScriptModule, size: int) -> dict:
    """Runs the contract's three methods on a probe image; raises SystemExit naming what is wrong."""
    probe = torch.zeros(1, 3, size, size)
    with torch.no_grad():
        maps = module(probe)
        stages = module.stages(probe)
        logits = module.classify(probe)
    if not isinstance(maps, tuple) or len(maps) != 2:
        sys.exit("export_backbone: forward() must return a tuple of two maps")
    for tensor, stride in zip(maps, (8, 16)):
        expected = [size // stride, size // stride]
        if tensor.dim() != 4 or list(tensor.shape[2:]) != expected:
            sys.exit(f"export_backbone: forward() map {list(tensor.shape)} is not at stride {stride}")
    if len(stages) != len(STRIDES):
        sys.exit("export_backbone: stages() must return five maps")
    for tensor, stride in zip(stages, STRIDES):
        if list(tensor.shape[2:]) != [size // stride, size // stride]:
            sys.exit(f"export_backbone: stages() map {list(tensor.shape)} is not at stride {stride}")
    if list(logits.shape) != [1, 1000]:
        sys.exit(f"export_backbone: classify() gives {list(logits.shape)}, expected [1, 1000]")
    def shape(tensor: torch.Tensor) -> str:
        return "x".join(str(side) for side in tensor.shape)

    return {
        "forward": [shape(t) for t in maps],
        "stages": [shape(t) for t in stages],
        "classify": shape(logits),
    }


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", choices=ARCHITECTURES, default="wide_resnet50_2",
                        help="torchvision architecture (default: wide_resnet50_2, as in the DMAD paper)")
    parser.add_argument("--weights", choices=("imagenet", "none"), default="imagenet",
                        help="ImageNet-1k weights (downloads once) or none (random, no download)")
    parser.add_argument("--out", required=True, help="the TorchScript file to write")
    parser.add_argument("--probe-size", type=int, default=256,
                        help="square image size for the shape check (a multiple of 32; default 256)")
    args = parser.parse_args()
    if args.probe_size < 32 or args.probe_size % 32:
        parser.error("--probe-size must be a positive multiple of 32")

    torch.manual_seed(0)  # --weights none: the same random weights on every run
    try:
        net = build(args.arch, args.weights)
    except (OSError, RuntimeError) as error:  # urllib's URLError is an OSError
        sys.exit(f"export_backbone: could not get the {args.arch} ImageNet weights ({error}). "
                 "Run where the internet is reachable, or copy torch's hub cache (~/.cache/torch) here.")
    backbone = ResNetBackbone(net).eval()
    for parameter in backbone.parameters():
        parameter.requires_grad_(False)
    scripted = torch.jit.script(backbone)

    provenance = {
        "arch": args.arch,
        "weights": args.weights,
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "contract": "forward(x) -> (stride 8, stride 16); stages(x) -> strides 2..32; classify(x)",
    }
    scripted.save(args.out, _extra_files={"dmad_backbone.json": json.dumps(provenance)})

    shapes = verify(torch.jit.load(args.out), args.probe_size)  # what the workstation will load
    print(json.dumps({"out": args.out, "sha256": sha256(args.out), **provenance, "shapes": shapes}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
