#include "engine/method/backbone.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <opencv2/imgproc.hpp>

namespace dmad::method {
namespace {

[[noreturn]] void contract(const std::string& path, const std::string& what) {
    throw EngineError(EngineError::Kind::BackboneContract,
                      "Backbone '" + path +
                          "' does not keep the contract (forward(x) -> two maps at strides 8 "
                          "and 16): " +
                          what);
}

std::string shapeText(const torch::Tensor& t) {
    std::string s = "[";
    for (int64_t i = 0; i < t.dim(); ++i) s += (i ? "," : "") + std::to_string(t.size(i));
    return s + "]";
}

// A module's output as its items in order: a tuple's or list's elements, else nothing.
std::vector<torch::jit::IValue> itemsOf(const torch::jit::IValue& out) {
    if (out.isTuple()) return out.toTupleRef().elements().vec();
    std::vector<torch::jit::IValue> items;
    if (out.isList())
        for (const auto& v : out.toListRef()) items.push_back(v);
    return items;
}

bool strideMatches(int64_t mapSide, int inputSide, int stride) {
    // 'SAME' padding rounds up, 'VALID'-like padding rounds down: accept either.
    return mapSide == inputSide / stride || mapSide == (inputSide + stride - 1) / stride;
}

// OpenCV area-averages only when both sides shrink; an image shrunk along one axis and grown along the
// other is then sampled bilinearly, and its shrinking axis aliases. Shrinking each axis by area first and
// growing the rest bilinearly filters every axis that loses resolution.
cv::Mat resizeAreaPerAxis(const cv::Mat& rgb8, int side) {
    if (rgb8.cols == side && rgb8.rows == side) return rgb8;
    const cv::Size shrunk(std::min(rgb8.cols, side), std::min(rgb8.rows, side));
    cv::Mat out = rgb8;
    if (shrunk != rgb8.size()) cv::resize(rgb8, out, shrunk, 0, 0, cv::INTER_AREA);
    if (out.cols != side || out.rows != side)
        cv::resize(cv::Mat(out), out, cv::Size(side, side), 0, 0, cv::INTER_LINEAR);
    return out;
}

// The resize of format-1 models, kept so that they score as they were trained.
cv::Mat resizeOpenCvArea(const cv::Mat& rgb8, int side) {
    if (rgb8.cols == side && rgb8.rows == side) return rgb8;
    const bool shrinking = rgb8.cols > side || rgb8.rows > side;
    cv::Mat out;
    cv::resize(rgb8, out, cv::Size(side, side), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

}  // namespace

Backbone::Backbone(const std::string& path, int probeSize, const torch::Device& device) : m_device(device) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
        throw EngineError(EngineError::Kind::BackboneMissing,
                          "No backbone file at '" + path + "'. Choose a TorchScript backbone (.pt) in the settings.");
    }
    try {
        m_module = torch::jit::load(path, device);
    } catch (const std::exception& e) {
        std::string why = e.what();
        why = why.substr(0, why.find('\n'));
        contract(path, "it is not a TorchScript module libtorch can load (" + why + ").");
    }
    m_module.eval();
    if (!m_module.find_method("forward")) contract(path, "it has no forward method.");

    torch::NoGradGuard noGrad;
    const torch::Tensor probe = torch::zeros({1, 3, probeSize, probeSize}, torch::TensorOptions().device(device));
    torch::jit::IValue out;
    try {
        out = m_module.forward({probe});
    } catch (const std::exception& e) {
        std::string why = e.what();
        why = why.substr(0, why.find('\n'));
        contract(path, "forward failed on a 1x3x" + std::to_string(probeSize) + "x" + std::to_string(probeSize) +
                           " probe (" + why + ").");
    }
    const auto maps = unpack(out, path);
    const torch::Tensor& m8 = maps.first;
    const torch::Tensor& m16 = maps.second;
    if (!strideMatches(m8.size(2), probeSize, 8) || !strideMatches(m8.size(3), probeSize, 8)) {
        contract(path, "the first map is " + shapeText(m8) + ", expected spatial size " +
                           std::to_string(probeSize / 8) + " (stride 8).");
    }
    if (!strideMatches(m16.size(2), probeSize, 16) || !strideMatches(m16.size(3), probeSize, 16)) {
        contract(path, "the second map is " + shapeText(m16) + ", expected spatial size " +
                           std::to_string(probeSize / 16) + " (stride 16).");
    }
    m_c8 = int(m8.size(1));
    m_c16 = int(m16.size(1));
    probeStride4(probe);
    const auto gen = at::detail::createCPUGenerator(1);
    const torch::Tensor random = torch::randn({1, 3, probeSize, probeSize}, gen).to(m_device);
    m_module = frozenIfFaithful(m_module, random);
    if (m_c4 > 0) m_stride4 = frozenIfFaithful(m_stride4, random);
    // The first calls specialise the graph; do them now rather than in the user's first score.
    for (int i = 0; i < 2; ++i) {
        m_module.forward({probe});
        if (m_c4 > 0) m_stride4.forward({probe});
    }
}

namespace {

// A module's output as its tensors in order (a tensor, or a tuple or list of them).
std::vector<torch::Tensor> tensorsOf(const torch::jit::IValue& out) {
    if (out.isTensor()) return {out.toTensor()};
    std::vector<torch::Tensor> tensors;
    for (const auto& v : itemsOf(out))
        if (v.isTensor()) tensors.push_back(v.toTensor());
    return tensors;
}

bool sameToRounding(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    if (a.size() != b.size() || a.empty()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].sizes() != b[i].sizes()) return false;
        const double scale = a[i].abs().max().item<double>();
        if (!torch::allclose(a[i], b[i], 1e-3, 1e-4 * (1.0 + scale))) return false;
    }
    return true;
}

}  // namespace

// Freezing inlines the weights and folds each batch norm into its convolution, and the inference passes
// prepack the convolutions for oneDNN: the shared MobileNetV2 gives the same maps to float rounding (4e-5 on
// values up to 24) in about half the time (dmad bench, 2 threads: 22.0 ms loaded, 17.5 frozen, 13.7-14.9
// frozen and optimised). A module that cannot be frozen, or whose frozen maps differ beyond rounding on a
// random probe, runs as loaded.
torch::jit::Module Backbone::frozenIfFaithful(torch::jit::Module loaded, const torch::Tensor& probe) {
    torch::NoGradGuard noGrad;
    try {
        torch::jit::Module frozen = torch::jit::freeze(loaded);
        frozen = torch::jit::optimize_for_inference(frozen);
        if (sameToRounding(tensorsOf(loaded.forward({probe})), tensorsOf(frozen.forward({probe})))) return frozen;
    } catch (const std::exception&) {
        // Not freezable (unusual modules): the loaded one is correct, only slower.
    }
    return loaded;
}

// `stages(x)` runs every stage, down to stride 32, though the features use three of its maps. A module whose
// forward returns only those three lets freezing drop the deeper stages as dead code and optimises it as forward:
// on the shared MobileNetV2 the three maps then cost what forward's two do (13-15 ms, 2 threads), where the
// preserved `stages` method of the frozen module took about 20. It wraps the backbone, since libtorch's freeze
// keeps no method defined on a loaded module.
// Optional: a backbone without `stages`, or whose stages disagree with forward, simply has no stride-4 map.
void Backbone::probeStride4(const torch::Tensor& probe) {
    if (!m_module.find_method("stages")) return;
    try {
        torch::NoGradGuard noGrad;
        const std::vector<torch::jit::IValue> items = itemsOf(m_module.get_method("stages")({probe}));
        int index[3] = {-1, -1, -1};  // strides 4, 8, 16
        const int side = int(probe.size(2));
        for (int i = 0; i < int(items.size()); ++i) {
            if (!items[std::size_t(i)].isTensor() || items[std::size_t(i)].toTensor().dim() != 4) continue;
            const torch::Tensor map = items[std::size_t(i)].toTensor();
            for (int s = 0; s < 3; ++s)
                if (index[s] < 0 && strideMatches(map.size(2), side, 4 << s) &&
                    strideMatches(map.size(3), side, 4 << s))
                    index[s] = i;
        }
        if (index[0] < 0 || index[1] < 0 || index[2] < 0) return;
        const auto channels = [&](int s) { return items[std::size_t(index[s])].toTensor().size(1); };
        if (channels(1) != m_c8 || channels(2) != m_c16) return;
        torch::jit::Module wrapper("DmadStrideFourMaps");
        wrapper.register_module("backbone", m_module);
        wrapper.define("def forward(self, x):\n    maps = self.backbone.stages(x)\n    return maps[" +
                       std::to_string(index[0]) + "], maps[" + std::to_string(index[1]) + "], maps[" +
                       std::to_string(index[2]) + "]\n");
        wrapper.eval();
        const auto [m4, m8, m16] = stride4Maps(wrapper.forward({probe}));
        if (!sameToRounding({m8, m16}, tensorsOf(m_module.forward({probe})))) return;  // stages agree with forward
        m_stride4 = wrapper;
        m_c4 = int(m4.size(1));
    } catch (const std::exception&) {
        m_c4 = 0;
    }
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> Backbone::stride4Maps(const torch::jit::IValue& out) {
    const std::vector<torch::Tensor> maps = tensorsOf(out);
    return {maps.at(0).to(torch::kFloat), maps.at(1).to(torch::kFloat), maps.at(2).to(torch::kFloat)};
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> Backbone::forwardWithStride4(const torch::Tensor& x) const {
    if (m_c4 == 0) {
        throw EngineError(EngineError::Kind::BackboneContract,
                          "The backbone offers no stride-4 map (no `stages(x)` method returning maps at strides 4, 8 "
                          "and 16), but the settings ask for one (features.strideFourMap).");
    }
    torch::NoGradGuard noGrad;
    std::lock_guard<std::mutex> lock(m_mutex);
    return stride4Maps(m_stride4.forward({x}));
}

std::pair<torch::Tensor, torch::Tensor> Backbone::unpack(const torch::jit::IValue& out, const std::string& path) const {
    if (!out.isTuple() && !out.isList())
        contract(path, "forward returned a " + out.tagKind() + ", not a tuple of two tensors.");
    const std::vector<torch::jit::IValue> items = itemsOf(out);
    if (items.size() != 2) contract(path, "forward returned " + std::to_string(items.size()) + " values, not 2.");
    if (!items[0].isTensor() || !items[1].isTensor()) contract(path, "forward returned values that are not tensors.");
    torch::Tensor a = items[0].toTensor();
    torch::Tensor b = items[1].toTensor();
    if (a.dim() != 4 || b.dim() != 4) {
        contract(path, "the maps are " + shapeText(a) + " and " + shapeText(b) + ", not 4-D [N,C,H,W].");
    }
    return {a.to(torch::kFloat), b.to(torch::kFloat)};
}

namespace {

// The lowest grey level at or below which `percent` % of the image's pixels lie (grey = luma of the RGB).
int greyPercentile(const cv::Mat& rgb8, int percent) {
    cv::Mat grey;
    cv::cvtColor(rgb8, grey, cv::COLOR_RGB2GRAY);
    std::array<std::int64_t, 256> histogram{};
    for (int y = 0; y < grey.rows; ++y) {
        const unsigned char* row = grey.ptr<unsigned char>(y);
        for (int x = 0; x < grey.cols; ++x) ++histogram[row[x]];
    }
    const std::int64_t wanted = (std::int64_t(grey.total()) * percent + 99) / 100;
    std::int64_t seen = 0;
    int level = 0;
    while (level < 255 && (seen += histogram[std::size_t(level)]) < wanted) ++level;
    return level;
}

}  // namespace

double autoLevelsGain(const cv::Mat& rgb8, AutoLevels rule) {
    if (rgb8.empty() || rule == AutoLevels::Off) return 1.0;
    // ImageNet's mean RGB (0.485, 0.456, 0.406) as luma: 0.459 of white.
    constexpr double imageNetGrey = (0.299 * 0.485 + 0.587 * 0.456 + 0.114 * 0.406) * 255.0;
    const double gain = rule == AutoLevels::Peak ? 0.9 * 255.0 / std::max(greyPercentile(rgb8, 99), 1)
                                                 : imageNetGrey / std::max(greyPercentile(rgb8, 50), 1);
    return std::clamp(gain, 1.0, 4.0);
}

torch::Tensor Backbone::preprocess(const cv::Mat& rgb8, const FeatureConfig& features) const {
    const int imageSize = features.imageSize;
    const cv::Mat resized = features.resize == ResizeFilter::AreaPerAxis ? resizeAreaPerAxis(rgb8, imageSize)
                                                                         : resizeOpenCvArea(rgb8, imageSize);
    const double gain = autoLevelsGain(resized, features.autoLevels);
    cv::Mat f32;
    resized.convertTo(f32, CV_32FC3, gain / 255.0);
    if (gain > 1.0) cv::min(f32, 1.0, f32);  // what a longer exposure would do: the brightest pixels saturate
    f32 = f32.isContinuous() ? f32 : f32.clone();
    static const float mean[3] = {0.485f, 0.456f, 0.406f};
    static const float stdev[3] = {0.229f, 0.224f, 0.225f};
    torch::Tensor x = torch::from_blob(f32.data, {imageSize, imageSize, 3}, torch::kFloat).clone();  // [H, W, 3]
    x = x.permute({2, 0, 1});                                                                        // [3, H, W]
    const torch::Tensor m = torch::from_blob(const_cast<float*>(mean), {3, 1, 1}, torch::kFloat);
    const torch::Tensor s = torch::from_blob(const_cast<float*>(stdev), {3, 1, 1}, torch::kFloat);
    x = ((x - m) / s).unsqueeze(0).contiguous();  // [1, 3, H, W]
    return x.to(m_device);
}

std::pair<torch::Tensor, torch::Tensor> Backbone::forward(const torch::Tensor& x) const {
    torch::NoGradGuard noGrad;
    std::lock_guard<std::mutex> lock(m_mutex);
    return unpack(m_module.forward({x}), "backbone");
}

}  // namespace dmad::method
