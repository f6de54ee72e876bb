#include "engine/method/patchcore.h"

#include "engine/engine_error.h"
#include "engine/method/scorer.h"

namespace dmad::method {

torch::Tensor patchCoreScores(const torch::Tensor& q, const SearchIndex& normalBank) {
    return normalBank.search(q).distances;
}

ImageScore patchCoreImageScore(const torch::Tensor& q, int gridHeight, int gridWidth, const SearchIndex& normalBank,
                               cv::Size imageSize) {
    const torch::Tensor s = patchCoreScores(q, normalBank);  // [N]
    // A NaN score sorts below every threshold and would pass as "OK": it is an error instead.
    if (!torch::isfinite(s).all().item<bool>()) {
        throw EngineError(EngineError::Kind::NonFinite,
                          "The PatchCore score is not a finite number (NaN or infinity): the backbone or the model "
                          "gives non-finite values.");
    }
    ScoreConfig scoring;
    scoring.topK = 1;
    scoring.sigmaAt256 = kPatchCoreSigmaAt256;
    return scorePatches(s, gridHeight, gridWidth, imageSize, scoring);
}

}  // namespace dmad::method
