// Remembers each image's nearest neighbours in M_n and in M_o, so that scoring the same images again with a
// model that kept them (every incremental retrain does) searches only the rows M_a gained (M_as and M_p).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace dmad {

// Thread-safe. Entries are keyed by the image's content and by the bank's own digest, so a model with
// another bank never sees them; the oldest leave beyond maxBytes (8 bytes per patch for M_n, 12 for M_o).
class ScoringCache {
public:
    explicit ScoringCache(std::size_t maxBytes = std::size_t(256) << 20);
    ~ScoringCache();
    ScoringCache(const ScoringCache&) = delete;
    ScoringCache& operator=(const ScoringCache&) = delete;

    std::size_t entries() const;
    std::size_t hits() const;    // searches saved since construction
    std::size_t misses() const;  // searches done and remembered
    void clear();

    // The entries to a file (atomically; throws EngineError(Io) naming path), and back: load() adds a file's
    // entries and returns false (adding none) when it is missing, of another version or damaged.
    void save(const std::string& path) const;
    bool load(const std::string& path);

    struct Impl;  // defined in engine/method/ only
    Impl& impl() const noexcept { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace dmad
