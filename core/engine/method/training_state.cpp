#include "engine/method/training_state.h"

#include "engine/atomic_file.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <vector>

namespace dmad::method {
namespace {

constexpr char kMagic[8] = {'D', 'M', 'A', 'D', 'S', 'T', 'A', 'T'};
// Bump whenever the layout or the meaning of a stored tensor changes: an older file is then rebuilt.
constexpr std::int32_t kVersion = 1;
constexpr int kTensors = 9;
constexpr std::uint32_t kMaxKeyBytes = 4096;
constexpr std::size_t kPollBytes = std::size_t(32) << 20;  // about 0.1 s of disk: cancel stays responsive

void appendRaw(std::string& out, const void* data, std::size_t size) {
    out.append(static_cast<const char*>(data), size);
}
template <typename T>
void appendValue(std::string& out, T value) {
    appendRaw(out, &value, sizeof(value));
}
void appendText(std::string& out, const std::string& text) {
    appendValue(out, std::uint32_t(text.size()));
    out += text;
}

template <typename T>
bool readValue(std::istream& in, T& value) {
    return bool(in.read(reinterpret_cast<char*>(&value), sizeof(value)));
}
bool readText(std::istream& in, std::string& text) {
    std::uint32_t size = 0;
    if (!readValue(in, size) || size > kMaxKeyBytes) return false;
    text.resize(size);
    return size == 0 || bool(in.read(text.data(), std::streamsize(size)));
}

bool readHeader(std::istream& in, TrainingStateKey& key, TrainingState* state) {
    char magic[8];
    std::int32_t version = 0;
    if (!in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return false;
    if (!readValue(in, version) || version != kVersion) return false;
    if (!readText(in, key.backbone) || !readText(in, key.settings) || !readText(in, key.normals) ||
        !readText(in, key.outliers))
        return false;
    std::int32_t grid[2] = {0, 0};
    if (!readValue(in, grid)) return false;
    if (state) {
        state->gridHeight = grid[0];
        state->gridWidth = grid[1];
    }
    return true;
}

// dtype code, rank, sizes, then the raw bytes; only float32 and int64 occur.
std::string descriptorOf(const torch::Tensor& t) {
    std::string out;
    appendValue(out, std::int32_t(t.scalar_type() == torch::kLong ? 1 : 0));
    appendValue(out, std::int32_t(t.dim()));
    for (const auto size : t.sizes()) appendValue(out, std::int64_t(size));
    return out;
}

torch::Tensor readTensor(std::istream& in, const Poll& poll) {
    std::int32_t type = 0, rank = 0;
    if (!readValue(in, type) || !readValue(in, rank) || (type != 0 && type != 1) || rank < 1 || rank > 3) return {};
    std::vector<std::int64_t> sizes(std::size_t(rank), 0);
    std::int64_t count = 1;
    for (auto& size : sizes) {
        if (!readValue(in, size) || size < 0 || size > (std::int64_t(1) << 34)) return {};
        count *= size;
        if (count > (std::int64_t(1) << 34)) return {};
    }
    torch::Tensor t = torch::empty(sizes, type == 1 ? torch::kLong : torch::kFloat);
    char* data = static_cast<char*>(t.data_ptr());
    for (std::size_t at = 0; at < t.nbytes(); at += kPollBytes) {
        const std::size_t size = std::min(kPollBytes, t.nbytes() - at);
        if (!in.read(data + at, std::streamsize(size))) return {};
        if (poll) poll();
    }
    return t;
}

}  // namespace

void writeTrainingState(const std::string& path, const TrainingState& state, const Poll& poll) {
    std::string header;
    appendRaw(header, kMagic, sizeof(kMagic));
    appendValue(header, kVersion);
    for (const std::string* text : {&state.key.backbone, &state.key.settings, &state.key.normals, &state.key.outliers})
        appendText(header, *text);
    appendValue(header, std::int32_t(state.gridHeight));
    appendValue(header, std::int32_t(state.gridWidth));

    const torch::Tensor parts[kTensors] = {state.normalRows,
                                           state.normalSources,
                                           state.pseudoRows,
                                           state.pseudoSources,
                                           state.normalFeatures,
                                           state.normalInNormal.distances,
                                           state.normalInNormal.indices,
                                           state.normalInPseudo.distances,
                                           state.normalInPseudo.indices};
    std::vector<torch::Tensor> kept;  // CPU, contiguous, alive until written
    std::vector<std::string> descriptors;
    kept.reserve(kTensors);
    descriptors.reserve(kTensors);
    for (const torch::Tensor& t : parts) {
        const bool integral = t.scalar_type() == torch::kLong;
        kept.push_back(t.to(torch::kCPU, integral ? torch::kLong : torch::kFloat).contiguous());
        descriptors.push_back(descriptorOf(kept.back()));
    }
    std::vector<FilePiece> pieces{{header.data(), header.size()}};
    for (int i = 0; i < kTensors; ++i) {
        pieces.push_back({descriptors[std::size_t(i)].data(), descriptors[std::size_t(i)].size()});
        const char* data = static_cast<const char*>(kept[std::size_t(i)].data_ptr());
        const std::size_t bytes = kept[std::size_t(i)].nbytes();
        for (std::size_t at = 0; at < bytes; at += kPollBytes)
            pieces.push_back({data + at, std::min(kPollBytes, bytes - at)});
    }
    writeFileAtomically(path, pieces, poll);
}

std::optional<TrainingStateKey> readTrainingStateKey(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    TrainingStateKey key;
    if (!in || !readHeader(in, key, nullptr)) return std::nullopt;
    return key;
}

std::optional<TrainingState> readTrainingState(const std::string& path, const Poll& poll) {
    std::ifstream in(path, std::ios::binary);
    TrainingState s;
    if (!in || !readHeader(in, s.key, &s)) return std::nullopt;
    torch::Tensor t[kTensors];
    for (auto& tensor : t) {
        tensor = readTensor(in, poll);
        if (!tensor.defined()) return std::nullopt;
    }
    if (in.peek() != std::char_traits<char>::eof()) return std::nullopt;  // trailing bytes: not ours
    s.normalRows = t[0];
    s.normalSources = t[1];
    s.pseudoRows = t[2];
    s.pseudoSources = t[3];
    s.normalFeatures = t[4];
    s.normalInNormal = {t[5], t[6]};
    s.normalInPseudo = {t[7], t[8]};
    // The shapes must agree with each other, or the file is not trusted.
    const auto& f = s.normalFeatures;
    if (f.dim() != 3 || s.normalRows.dim() != 2 || s.pseudoRows.dim() != 2) return std::nullopt;
    const std::int64_t patches = f.size(0) * f.size(1), c = f.size(2);
    const bool consistent =
        s.gridHeight > 0 && s.gridWidth > 0 && f.size(1) == std::int64_t(s.gridHeight) * s.gridWidth &&
        s.normalRows.size(1) == c && s.pseudoRows.size(1) == c && s.normalRows.size(0) > 0 &&
        s.normalSources.numel() == s.normalRows.size(0) && s.pseudoSources.numel() == s.pseudoRows.size(0) &&
        s.normalInNormal.indices.numel() == patches && s.normalInNormal.distances.numel() == patches &&
        s.normalInPseudo.indices.numel() == patches && s.normalInPseudo.distances.numel() == patches &&
        s.normalInNormal.indices.min().item<std::int64_t>() >= 0 &&
        s.normalInNormal.indices.max().item<std::int64_t>() < s.normalRows.size(0) &&
        s.normalInPseudo.indices.min().item<std::int64_t>() >= 0 &&
        s.normalInPseudo.indices.max().item<std::int64_t>() < s.pseudoRows.size(0);
    if (!consistent) return std::nullopt;
    return s;
}

}  // namespace dmad::method
