// The engine's one exception type: a kind a caller can branch on, and a message a user can read.
#pragma once

#include <stdexcept>
#include <string>

namespace dmad {

class EngineError : public std::runtime_error {
public:
    enum class Kind {
        ImageUnreadable,   // a file that is not an image OpenCV can decode
        MaskMismatch,      // a mask whose size differs from its image, or that is not a mask
        BackboneMissing,   // no file at the backbone path
        BackboneContract,  // the module loads but does not return two maps at strides 8 and 16
        ModelFileCorrupt,  // a model file that is truncated, damaged or of an unknown format
        ModelMismatch,     // a model file made with another backbone or feature settings
        InvalidArgument,   // a setting or input outside what the method accepts
        Cancelled,         // a long run stopped on request; nothing was written
        Io,                // a file that could not be written
        NonFinite          // NaN or infinity in features, the training loss or a score (a broken backbone or model)
    };

    EngineError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

}  // namespace dmad
