// Remembers each image's nearest neighbours in a normal memory bank M_n, so that scoring the same images
// again with a model that kept M_n (every incremental retrain does) searches only the abnormal bank.
#pragma once

#include <cstddef>
#include <memory>

namespace dmad {

// Thread-safe. Entries are keyed by the image's content and by M_n's own digest, so a model with
// another normal bank never sees them; the oldest leave beyond maxBytes (8 bytes per patch).
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

    struct Impl;  // defined in engine/method/ only
    Impl& impl() const noexcept { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace dmad
