// libFuzzer target: the model file reader. Odd first byte: the rest is taken as a model body and given a valid
// header and checksum, so the fuzzer reaches the parser behind the checksum; even: the raw bytes as a file.
#include "engine/dmad_model.h"
#include "engine/engine_error.h"
#include "engine/method/sha256.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace {

int memoryFile() {
    static const int fd = memfd_create("dmad-fuzz-model", 0);
    return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    std::vector<char> file;
    if (data[0] & 1) {
        const char magic[8] = {'D', 'M', 'A', 'D', 'M', 'O', 'D', 'L'};
        const std::uint32_t version = 1 + (data[0] >> 1) % 2;
        const std::uint64_t bodySize = size - 1;
        dmad::method::Sha256 h;
        h.update(data + 1, bodySize);
        const auto digest = h.digest();
        file.insert(file.end(), magic, magic + 8);
        file.insert(file.end(), reinterpret_cast<const char*>(&version), reinterpret_cast<const char*>(&version) + 4);
        file.insert(file.end(), reinterpret_cast<const char*>(&bodySize), reinterpret_cast<const char*>(&bodySize) + 8);
        file.insert(file.end(), reinterpret_cast<const char*>(digest.data()),
                    reinterpret_cast<const char*>(digest.data()) + 32);
        file.insert(file.end(), reinterpret_cast<const char*>(data + 1), reinterpret_cast<const char*>(data + size));
    } else {
        file.assign(reinterpret_cast<const char*>(data + 1), reinterpret_cast<const char*>(data + size));
    }
    const int fd = memoryFile();
    if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, file.data(), file.size(), 0) != ssize_t(file.size()))
        std::abort();
    try {
        const dmad::DmadModel model = dmad::DmadModel::load("/proc/self/fd/" + std::to_string(fd));
        if (model.empty() || model.info().normalBankSize <= 0) std::abort();
    } catch (const dmad::EngineError& e) {
        if (e.kind() != dmad::EngineError::Kind::ModelFileCorrupt) std::abort();
    }
    return 0;
}
