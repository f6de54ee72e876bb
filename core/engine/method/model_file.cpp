#include "engine/method/model_file.h"

#include "engine/atomic_file.h"
#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/method/device.h"
#include "engine/method/sha256.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace dmad::method {
namespace {

const std::string kMapRangeTensor = "display.mapRange";       // the heatmaps' colour range, low and high
const std::string kNormalScalesTensor = "bank.normalScales";  // M_n's row scales (ScoreConfig::localNormalScale)

constexpr char kMagic[8] = {'D', 'M', 'A', 'D', 'M', 'O', 'D', 'L'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 8 + 32;

[[noreturn]] void corrupt(const std::string& path, const std::string& why) {
    throw EngineError(EngineError::Kind::ModelFileCorrupt, "Model file '" + path + "' cannot be used: " + why);
}

class Writer {
public:
    void raw(const void* data, std::size_t size) {
        const auto* p = static_cast<const char*>(data);
        m_bytes.insert(m_bytes.end(), p, p + size);
    }
    template <typename T>
    void value(T v) {
        raw(&v, sizeof(T));
    }
    void text(const std::string& s) {
        value<std::uint32_t>(std::uint32_t(s.size()));
        raw(s.data(), s.size());
    }
    void tensor(const std::string& name, const torch::Tensor& t) {
        text(name);
        const torch::Tensor cpu =
            t.defined() ? t.detach().to(torch::kCPU).contiguous() : torch::empty({0}, torch::kFloat);
        const bool isLong = cpu.scalar_type() == torch::kLong;
        const torch::Tensor stored = isLong ? cpu : cpu.to(torch::kFloat);
        value<std::uint8_t>(isLong ? 1 : 0);
        value<std::uint32_t>(std::uint32_t(stored.dim()));
        for (int64_t i = 0; i < stored.dim(); ++i) value<std::int64_t>(stored.size(i));
        raw(stored.data_ptr(), std::size_t(stored.numel()) * stored.element_size());
    }
    const std::vector<char>& bytes() const { return m_bytes; }

private:
    std::vector<char> m_bytes;
};

class Reader {
public:
    Reader(const char* data, std::size_t size, std::string path)
        : m_data(data), m_size(size), m_path(std::move(path)) {}
    void raw(void* out, std::size_t n) {
        if (n > m_size - m_pos) corrupt(m_path, "its contents end early.");
        std::memcpy(out, m_data + m_pos, n);
        m_pos += n;
    }
    template <typename T>
    T value() {
        T v;
        raw(&v, sizeof(T));
        return v;
    }
    std::string text() {
        const auto n = value<std::uint32_t>();
        if (n > m_size - m_pos) corrupt(m_path, "a text field runs past the end.");
        std::string s(m_data + m_pos, n);
        m_pos += n;
        return s;
    }
    std::pair<std::string, torch::Tensor> tensor() {
        std::string name = text();
        const auto dtype = value<std::uint8_t>();
        const auto ndim = value<std::uint32_t>();
        if (dtype > 1 || ndim > 8) corrupt(m_path, "tensor '" + name + "' has an unknown layout.");
        std::vector<int64_t> dims(ndim);
        std::size_t count = 1;
        for (auto& d : dims) {
            d = value<std::int64_t>();
            if (d < 0 || d > (int64_t(1) << 40)) corrupt(m_path, "tensor '" + name + "' has a bad shape.");
            count *= std::size_t(d);
        }
        const std::size_t bytes = count * (dtype == 1 ? 8 : 4);
        if (bytes > m_size - m_pos) corrupt(m_path, "tensor '" + name + "' runs past the end.");
        torch::Tensor t = torch::empty(dims, dtype == 1 ? torch::kLong : torch::kFloat);
        if (bytes) std::memcpy(t.data_ptr(), m_data + m_pos, bytes);
        m_pos += bytes;
        return {std::move(name), t};
    }
    bool atEnd() const { return m_pos == m_size; }

private:
    const char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    std::string m_path;
};

std::string infoText(const DmadModel::Impl& m) {
    std::ostringstream s;
    s.precision(17);
    const ModelInfo& i = m.info;
    s << "setting=" << toString(i.setting) << "\n"
      << "attention=" << toString(m.attention) << "\n"
      << "backbone.path=" << i.backbone.path << "\n"
      << "backbone.sha256=" << i.backbone.sha256 << "\n"
      << "backbone.channelsStride8=" << i.backbone.channelsStride8 << "\n"
      << "backbone.channelsStride16=" << i.backbone.channelsStride16 << "\n"
      << "backbone.channelsStride4=" << i.backbone.channelsStride4 << "\n"
      << "backbone.featureDim=" << i.backbone.featureDim << "\n"
      << "mapper.hiddenDim=" << m.mapper->hiddenDim << "\n"
      << "finalLoss=" << i.finalLoss << "\n"
      << "createdUtc=" << i.createdUtc << "\n";
    for (const auto& c : i.categories) s << "category=" << c << "\n";
    return s.str();
}

void parseInfo(const std::string& text, DmadModel::Impl& m, std::int64_t& hiddenDim, const std::string& path) {
    std::istringstream in(text);
    std::string line;
    std::map<std::string, std::string> kv;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        if (key == "category")
            m.info.categories.push_back(value);
        else
            kv[key] = value;
    }
    try {
        m.info.setting = kv.at("setting") == "semi-supervised" ? Setting::SemiSupervised : Setting::Unsupervised;
        const std::string a = kv.at("attention");
        m.attention = a == "off"         ? AttentionMode::Off
                      : a == "per-patch" ? AttentionMode::PerPatch
                                         : AttentionMode::OverImage;
        m.info.backbone.path = kv.at("backbone.path");
        m.info.backbone.sha256 = kv.at("backbone.sha256");
        m.info.backbone.channelsStride8 = std::stoi(kv.at("backbone.channelsStride8"));
        m.info.backbone.channelsStride16 = std::stoi(kv.at("backbone.channelsStride16"));
        // Absent in files written before the stride-4 map existed: they never used it.
        const auto c4 = kv.find("backbone.channelsStride4");
        m.info.backbone.channelsStride4 = c4 == kv.end() ? 0 : std::stoi(c4->second);
        m.info.backbone.featureDim = std::stoi(kv.at("backbone.featureDim"));
        hiddenDim = std::stoll(kv.at("mapper.hiddenDim"));
        m.info.finalLoss = std::stod(kv.at("finalLoss"));
        m.info.createdUtc = kv.at("createdUtc");
    } catch (const std::exception&) {
        corrupt(path, "its description block is incomplete.");
    }
    if (m.info.backbone.featureDim <= 0 || m.info.backbone.featureDim > 65536 || hiddenDim <= 0 || hiddenDim > 65536) {
        corrupt(path, "its dimensions are out of range.");
    }
}

void loadWeights(torch::nn::Module& module, const std::string& prefix, std::map<std::string, torch::Tensor>& tensors,
                 const std::string& path) {
    torch::NoGradGuard noGrad;
    auto assign = [&](const std::string& name, torch::Tensor& target) {
        const auto it = tensors.find(prefix + name);
        if (it == tensors.end()) corrupt(path, "weight '" + prefix + name + "' is missing.");
        if (it->second.sizes() != target.sizes()) corrupt(path, "weight '" + prefix + name + "' has the wrong shape.");
        target.copy_(it->second.to(target.scalar_type()));
    };
    for (auto& p : module.named_parameters()) assign(p.key(), p.value());
    for (auto& b : module.named_buffers()) assign(b.key(), b.value());
}

}  // namespace

void writeModelFile(const std::string& path, const DmadModel::Impl& m) {
    Writer payload;
    payload.text(infoText(m));
    payload.text(configToText(m.info.config));
    std::vector<std::pair<std::string, torch::Tensor>> tensors = {
        {"bank.normal", m.normal.features()},
        {"bank.pseudo", m.abnormal.pseudo()},
        {"bank.seen", m.abnormal.seen()},
        {"bank.sampled", m.abnormal.sampled()},
    };
    for (const auto& p : m.enhancer->named_parameters()) tensors.emplace_back("enhancer." + p.key(), p.value());
    for (const auto& b : m.enhancer->named_buffers()) tensors.emplace_back("enhancer." + b.key(), b.value());
    for (const auto& p : m.mapper->named_parameters()) tensors.emplace_back("mapper." + p.key(), p.value());
    for (const auto& b : m.mapper->named_buffers()) tensors.emplace_back("mapper." + b.key(), b.value());
    // An extra tensor, not a new format: older readers ignore it, older files simply lack it.
    if (m.normal.rowScales().defined()) tensors.emplace_back(kNormalScalesTensor, m.normal.rowScales());
    if (m.info.hasMapRange)
        tensors.emplace_back(kMapRangeTensor, torch::tensor({float(m.info.mapLow), float(m.info.mapHigh)}));
    payload.value<std::uint32_t>(std::uint32_t(tensors.size()));
    for (const auto& t : tensors) payload.tensor(t.first, t.second);

    const std::vector<char>& body = payload.bytes();
    Sha256 h;
    h.update(body.data(), body.size());
    const auto checksum = h.digest();

    std::vector<char> file;
    file.reserve(kHeaderBytes + body.size());
    const std::uint32_t version = kModelFormatVersion;
    const std::uint64_t size = body.size();
    file.insert(file.end(), kMagic, kMagic + 8);
    file.insert(file.end(), reinterpret_cast<const char*>(&version), reinterpret_cast<const char*>(&version) + 4);
    file.insert(file.end(), reinterpret_cast<const char*>(&size), reinterpret_cast<const char*>(&size) + 8);
    file.insert(file.end(), reinterpret_cast<const char*>(checksum.data()),
                reinterpret_cast<const char*>(checksum.data()) + 32);
    file.insert(file.end(), body.begin(), body.end());
    writeFileAtomically(path, file.data(), file.size());  // temp + fsync + rename: never half a model
}

std::shared_ptr<DmadModel::Impl> readModelFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) corrupt(path, "the file cannot be opened.");
    const std::streamoff fileSize = in.tellg();
    in.seekg(0);
    if (fileSize < std::streamoff(kHeaderBytes)) corrupt(path, "it is too short to be a DMAD model.");
    char header[kHeaderBytes];
    in.read(header, kHeaderBytes);
    if (std::memcmp(header, kMagic, 8) != 0) corrupt(path, "it is not a DMAD model file.");
    std::uint32_t version = 0;
    std::uint64_t size = 0;
    std::memcpy(&version, header + 8, 4);
    std::memcpy(&size, header + 12, 8);
    if (version == 0 || version > std::uint32_t(kModelFormatVersion)) {
        corrupt(path, "its format version " + std::to_string(version) + " is not supported (this program reads up to " +
                          std::to_string(kModelFormatVersion) + ").");
    }
    if (size != std::uint64_t(fileSize) - kHeaderBytes) corrupt(path, "it is truncated or has trailing data.");
    std::vector<char> body(size);
    if (!in.read(body.data(), std::streamsize(size))) corrupt(path, "it could not be read completely.");
    Sha256 h;
    h.update(body.data(), body.size());
    if (std::memcmp(h.digest().data(), header + 20, 32) != 0)
        corrupt(path, "its checksum does not match (damaged file).");

    Reader r(body.data(), body.size(), path);
    auto m = std::make_shared<DmadModel::Impl>();
    std::int64_t hiddenDim = 0;
    parseInfo(r.text(), *m, hiddenDim, path);
    try {
        const std::string settings = r.text();
        m->info.config = configFromText(settings);
        // Written before the key existed: trained with the paper's rules for seen anomalies.
        if (settings.find("banks.seenRules") == std::string::npos)
            m->info.config.banks.seenRules = SeenAnomalyRules::Paper;
        if (version < 2) {
            m->info.config.features.pooling = PatchPooling::ValidOnly;
            m->info.config.features.resize = ResizeFilter::OpenCvArea;
            m->info.config.scoring.normalDistanceWeight = 0.0;
        }
    } catch (const EngineError& e) {
        corrupt(path, std::string("its settings are malformed: ") + e.what());
    }
    std::map<std::string, torch::Tensor> tensors;
    const auto count = r.value<std::uint32_t>();
    if (count > 10000) corrupt(path, "it lists too many tensors.");
    for (std::uint32_t i = 0; i < count; ++i) tensors.insert(r.tensor());
    if (!r.atEnd()) corrupt(path, "it has unexpected trailing content.");
    if (version < 2) tensors.emplace("mapper.normalDistance", torch::tensor({0.0f, 1.0f}));  // not in format 1
    // A checksum only proves the file is as written: a model trained into NaN would score every image NaN.
    for (const auto& [name, t] : tensors) {
        if (t.is_floating_point() && t.numel() > 0 && !torch::isfinite(t).all().item<bool>()) {
            corrupt(path, "tensor '" + name +
                              "' holds NaN or infinite values (the model was trained into a "
                              "numerical failure; train it again).");
        }
    }

    const std::int64_t c = m->info.backbone.featureDim;
    auto bank = [&](const std::string& name, bool required) -> torch::Tensor {
        const auto it = tensors.find(name);
        if (it == tensors.end()) corrupt(path, "memory bank '" + name + "' is missing.");
        const torch::Tensor& t = it->second;
        if (t.numel() == 0 && !required) return {};
        if (t.dim() != 2 || t.size(1) != c || t.size(0) == 0)
            corrupt(path, "memory bank '" + name + "' has the wrong shape.");
        return t.to(engineDevice());
    };
    m->normal = NormalBank(SearchIndex(bank("bank.normal", true)));
    if (const auto scales = tensors.find(kNormalScalesTensor); scales != tensors.end()) {
        const torch::Tensor& t = scales->second;
        if (t.dim() != 1 || t.size(0) != m->normal.size() || !(t.numel() == 0 || t.min().item<double>() > 0))
            corrupt(path, "the normal bank's row scales do not fit the bank.");
        m->normal.setRowScales(t.to(engineDevice(), torch::kFloat));
    } else if (m->info.config.scoring.localNormalScale != LocalNormalScale::Off) {
        corrupt(path, "it scores in the normal bank's row scales but does not hold them.");
    }
    m->abnormal.setParts(bank("bank.pseudo", false), bank("bank.seen", false), bank("bank.sampled", false));
    if (m->abnormal.size() == 0) corrupt(path, "its abnormal memory bank is empty.");

    m->enhancer = KnowledgeEnhancer(c);
    m->mapper = ScoreMapper(3 * c, hiddenDim);
    loadWeights(*m->enhancer, "enhancer.", tensors, path);
    loadWeights(*m->mapper, "mapper.", tensors, path);
    m->enhancer->to(engineDevice());
    m->mapper->to(engineDevice());
    m->info.formatVersion = int(version);
    if (const auto range = tensors.find(kMapRangeTensor); range != tensors.end() && range->second.numel() == 2) {
        const double low = range->second[0].item<float>();
        const double high = range->second[1].item<float>();
        m->info.hasMapRange = high > low;
        m->info.mapLow = low;
        m->info.mapHigh = high;
    }
    m->finalise();
    return m;
}

}  // namespace dmad::method
