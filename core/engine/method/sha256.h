// SHA-256 digests: content keys for the feature cache, backbone identity and the model file checksum.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace dmad::method {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(const std::string& text) { update(text.data(), text.size()); }
    std::array<std::uint8_t, 32> digest();  // finalises; the object is spent afterwards
    std::string hexDigest();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer;
    std::size_t m_buffered = 0;
    std::uint64_t m_totalBytes = 0;
};

std::string sha256Hex(const void* data, std::size_t size);
// Throws EngineError(Io) when the file cannot be read.
std::string sha256OfFile(const std::string& path);
std::string toHex(const std::uint8_t* bytes, std::size_t size);

}  // namespace dmad::method
