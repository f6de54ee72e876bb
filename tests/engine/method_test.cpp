// The method's internals on tiny self-made tensors: coreset, search, Filter, banks, enhancer, loss, scorer, file.
#include <torch/torch.h>  // before Qt: its keywords clash with torch's headers

#include "engine/engine_error.h"
#include "engine/method/abnormal_bank.h"
#include "engine/method/backbone.h"
#include "engine/method/coreset.h"
#include "engine/method/feature_cache.h"
#include "engine/method/knowledge_enhancer.h"
#include "engine/method/nearest_neighbour.h"
#include "engine/method/normal_bank.h"
#include "engine/method/patch_encoder.h"
#include "engine/method/score_mapper.h"
#include "engine/method/scorer.h"
#include "engine/method/sha256.h"
#include "engine/method/trainer.h"

#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <opencv2/imgproc.hpp>

using namespace dmad::method;

namespace {

// Largest distance from any row to its nearest chosen row: what k-center minimises.
float coveringRadius(const torch::Tensor& x, const torch::Tensor& chosen) {
    return SearchIndex(x.index_select(0, chosen)).search(x).distances.max().item<float>();
}

// Random rows near an 8-dimensional subspace of 48 dimensions, as patch features lie: the bound is worth it.
struct NearSubspace {
    at::Generator gen;
    torch::Tensor mix;  // [8, 48]

    explicit NearSubspace(std::uint64_t seed)
        : gen(at::detail::createCPUGenerator(seed)), mix(torch::randn({8, 48}, gen, torch::kFloat)) {}

    torch::Tensor rows(std::int64_t n, float noise) {  // [n, 48]
        return torch::randn({n, 8}, gen, torch::kFloat).mm(mix) + noise * torch::randn({n, 48}, gen, torch::kFloat);
    }
};

}  // namespace

// Four "images" of 16 patches of 8 dims, M_n = their first 20 rows, M_a far away, neighbours searched.
TrainingData tinyTrainingData(std::uint64_t seed) {
    auto gen = at::detail::createCPUGenerator(seed);
    TrainingData data;
    data.normalFeatures = torch::randn({4, 16, 8}, gen, torch::kFloat);
    data.normalBank = data.normalFeatures.reshape({-1, 8}).slice(0, 0, 20);
    data.abnormalBank = torch::randn({10, 8}, gen, torch::kFloat) + 4;
    const torch::Tensor rows = data.normalFeatures.reshape({-1, 8});
    data.normalNn = SearchIndex(data.normalBank).search(rows).indices.reshape({4, 16});
    data.normalNa = SearchIndex(data.abnormalBank).search(rows).indices.reshape({4, 16});
    return data;
}

class MethodTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void sha256KnownVectors() {
        QCOMPARE(QString::fromStdString(sha256Hex("", 0)),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        const std::string abc = "abc";
        QCOMPARE(QString::fromStdString(sha256Hex(abc.data(), abc.size())),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string million(1000000, 'a');
        Sha256 h;
        for (int i = 0; i < 1000; ++i) h.update(million.data() + i * 1000, 1000);  // streamed in pieces
        QCOMPARE(QString::fromStdString(h.hexDigest()),
                 QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void patchEncoderShapes() {
        const torch::Tensor m8 = torch::randn({2, 4, 8, 8});
        const torch::Tensor m16 = torch::randn({2, 6, 4, 4});
        dmad::FeatureConfig features;
        const torch::Tensor q = aggregatePatches(m8, m16, features);
        QCOMPARE(q.sizes().vec(), (std::vector<int64_t>{2, 64, 10}));
        dmad::FeatureConfig narrow;
        narrow.maxFeatureDim = 5;
        QCOMPARE(aggregatePatches(m8, m16, narrow).size(2), int64_t(5));
        QCOMPARE(aggregatedDim(32, 96, 1536), 128);
        QCOMPARE(aggregatedDim(512, 1024, 1000), 1000);
        // The stride-4 map joins on the stride-8 grid: each cell averages its 2x2 pooled stride-4 cells.
        const torch::Tensor m4 = torch::arange(2 * 3 * 16 * 16, torch::kFloat).reshape({2, 3, 16, 16});
        const torch::Tensor fine = aggregatePatches(m8, m16, features, m4);
        QCOMPARE(fine.sizes().vec(), (std::vector<int64_t>{2, 64, 13}));
        QVERIFY(torch::equal(fine.slice(2, 0, 10), q));
        const torch::Tensor pooled4 = torch::nn::functional::avg_pool2d(
            m4, torch::nn::functional::AvgPool2dFuncOptions(3).stride(1).padding(1).count_include_pad(true));
        const float cell = pooled4.index({1, 2}).slice(0, 6, 8).slice(1, 10, 12).mean().item<float>();  // cell (3, 5)
        QVERIFY(std::abs(fine[1][3 * 8 + 5][12].item<float>() - cell) < 1e-3f);
        QCOMPARE(aggregatedDim(32, 96, 1536, 24), 152);
        // Kept cells: the four pooled stride-4 cells of a stride-8 cell side by side, each its own 3 channels.
        dmad::FeatureConfig kept;
        kept.strideFourCells = dmad::StrideFourCells::Kept;
        const torch::Tensor spread = aggregatePatches(m8, m16, kept, m4);
        QCOMPARE(spread.sizes().vec(), (std::vector<int64_t>{2, 64, 22}));
        QVERIFY(torch::equal(spread.slice(2, 0, 10), q));
        const torch::Tensor cells = pooled4.index({1}).slice(1, 6, 8).slice(2, 10, 12).reshape({3, 4});  // [c4, 4]
        QVERIFY(torch::allclose(spread[1][3 * 8 + 5].slice(0, 10), cells.reshape({12}), 1e-4, 1e-3));
        QCOMPARE(strideFourChannels(24, dmad::StrideFourCells::Kept), 96);
        QCOMPARE(strideFourChannels(24, dmad::StrideFourCells::Averaged), 24);
        // An odd stride-4 side (an input side that is not a multiple of 8) still gives two cells per cell.
        const torch::Tensor odd4 = torch::randn({1, 3, 15, 15});
        QCOMPARE(aggregatePatches(m8.slice(0, 0, 1), m16.slice(0, 0, 1), kept, odd4).sizes().vec(),
                 (std::vector<int64_t>{1, 64, 22}));
    }

    void patchEncoderPoolingAtTheBorder() {
        // PatchCore's AvgPool2d(3, 1, 1) counts the zero padding: a constant map keeps its value inside and
        // drops to 6/9 on the edges and 4/9 in the corners. Valid-only pooling keeps it everywhere.
        const torch::Tensor ones8 = torch::ones({1, 1, 8, 8});
        const torch::Tensor ones16 = torch::ones({1, 1, 4, 4});
        dmad::FeatureConfig zero;
        zero.pooling = dmad::PatchPooling::ZeroPadded;
        const torch::Tensor padded = aggregatePatches(ones8, ones16, zero)[0].select(1, 0).reshape({8, 8});
        QCOMPARE(padded[3][4].item<float>(), 1.0f);
        QVERIFY(std::abs(padded[0][4].item<float>() - 6.0f / 9.0f) < 1e-6f);
        QVERIFY(std::abs(padded[0][0].item<float>() - 4.0f / 9.0f) < 1e-6f);
        dmad::FeatureConfig valid;
        valid.pooling = dmad::PatchPooling::ValidOnly;
        const torch::Tensor flat = aggregatePatches(ones8, ones16, valid);
        QVERIFY(torch::allclose(flat, torch::ones_like(flat)));
    }

    void coresetCoversBetterThanRandom() {
        auto gen = at::detail::createCPUGenerator(3);
        // 30 tight clusters far apart in 16-D: k-center (on an 8-D projection) picks one row of each,
        // random sampling misses some clusters.
        const torch::Tensor centres = torch::randn({30, 16}, gen, torch::kFloat) * 10.0;
        const torch::Tensor x =
            (centres.repeat_interleave(100, 0) + torch::randn({3000, 16}, gen, torch::kFloat) * 0.1).contiguous();
        CoresetOptions options;
        options.projectionDim = 8;
        options.seed = 1;
        const torch::Tensor chosen = greedyCoreset(x, 30, options);
        QCOMPARE(chosen.numel(), int64_t(30));
        QCOMPARE(std::get<0>(at::_unique(chosen.div(100, "floor"))).numel(), int64_t(30));  // one per cluster
        const torch::Tensor random = torch::randperm(3000, gen, torch::kLong).slice(0, 0, 30);
        qInfo("covering radius: greedy %.3f, random %.3f", coveringRadius(x, chosen), coveringRadius(x, random));
        QVERIFY(coveringRadius(x, chosen) < 0.5f * coveringRadius(x, random));
        // Same seed, same choice.
        QVERIFY(torch::equal(chosen, greedyCoreset(x, 30, options)));
        // Candidate cap: only 500 rows compete, the result still indexes the full set.
        options.maxCandidates = 500;
        const torch::Tensor capped = greedyCoreset(x, 600, options);
        QCOMPARE(capped.numel(), int64_t(500));
        QVERIFY(capped.max().item<int64_t>() < 3000);
        QCOMPARE(coresetSize(1000, 0.02), int64_t(20));
        QCOMPARE(coresetSize(10, 0.001), int64_t(1));
    }

    void exactCoresetMatchesTheTextbookGreedy() {
        // The batched greedy must choose the very rows, in the very order, of the one-pass-per-step version:
        // on Gaussian noise, on clusters of very different spread (long batches), with exact duplicates,
        // on real-looking non-negative features, and on enough rows that a pass runs in several blocks. Every
        // input has more centres to choose than anchors (16; 39 for the 40,000 rows), so the later batches
        // run on the grouped rows and skip (chunk, centre) pairs by the triangle inequality.
        auto gen = at::detail::createCPUGenerator(11);
        const torch::Tensor noise = torch::randn({2000, 24}, gen, torch::kFloat);
        const torch::Tensor spread = torch::rand({40, 1}, gen, torch::kFloat).pow(3) * 4.0;
        const torch::Tensor clusters = (torch::randn({40, 24}, gen, torch::kFloat) * 6.0).repeat_interleave(60, 0) +
                                       torch::randn({2400, 24}, gen, torch::kFloat) * spread.repeat_interleave(60, 0);
        const torch::Tensor duplicates = torch::randn({300, 9}, gen, torch::kFloat).repeat({4, 1});
        const torch::Tensor relu = torch::relu(torch::randn({3000, 130}, gen, torch::kFloat));
        const torch::Tensor many = torch::randn({40000, 6}, gen, torch::kFloat);
        for (const torch::Tensor* x : {&noise, &clusters, &duplicates, &relu, &many}) {
            for (const std::uint64_t seed : {0u, 7u}) {
                CoresetOptions options;
                options.seed = seed;
                const std::int64_t k = std::min<std::int64_t>(x->size(0) / 5, 500);
                const torch::Tensor fast = greedyCoreset(*x, k, options);
                const torch::Tensor reference = greedyCoresetReference(*x, k, seed);
                QCOMPARE(fast.numel(), k);
                QVERIFY2(torch::equal(fast, reference),
                         qPrintable(QStringLiteral("rows %1, seed %2").arg(x->size(0)).arg(seed)));
            }
        }
    }

    void coresetCoverIsEveryRowsNearestCentre() {
        auto gen = at::detail::createCPUGenerator(5);
        const torch::Tensor x = torch::randn({6000, 10}, gen, torch::kFloat);
        CoresetOptions options;
        options.seed = 2;
        CoresetCover cover;
        const torch::Tensor chosen = greedyCoreset(x, 300, options, {}, &cover);
        QVERIFY(cover.defined());
        QCOMPARE(cover.nearest.numel(), x.size(0));
        const torch::Tensor d2 = torch::cdist(x, x.index_select(0, chosen)).square();  // [M, k]
        const auto [best, bestPosition] = d2.min(1);
        QCOMPARE(cover.nearest.ne(bestPosition).sum().item<std::int64_t>(), std::int64_t(0));
        QVERIFY(torch::allclose(cover.squaredDistance, best, 1e-4, 1e-4));
        QCOMPARE(cover.squaredDistance.index_select(0, chosen).abs().max().item<float>(), 0.0f);  // centres
        // A projection makes the greedy approximate: no cover then.
        options.projectionDim = 4;
        greedyCoreset(x, 300, options, {}, &cover);
        QVERIFY(!cover.defined());
    }

    void neighboursFromOtherImagesReuseTheCover() {
        // 60 images of 40 patches; each image around its own centre, so a patch's nearest coreset row is
        // often from its own image and must then be searched.
        auto gen = at::detail::createCPUGenerator(6);
        const torch::Tensor centres = torch::randn({60, 12}, gen, torch::kFloat) * 2.0;
        const torch::Tensor x =
            (centres.repeat_interleave(40, 0) + torch::randn({2400, 12}, gen, torch::kFloat)).contiguous();
        const torch::Tensor sources = torch::arange(60, torch::kLong).repeat_interleave(40);
        dmad::BankConfig banks;
        banks.normalCoresetRatio = 0.1;
        banks.coresetProjectionDim = 0;
        banks.coresetMaxCandidates = 0;
        CoresetCover cover;
        const NormalBank bank = NormalBank::build(x, sources, banks, 3, {}, &cover);
        QVERIFY(cover.defined());
        const std::int64_t first = 400, m = 1000;
        const torch::Tensor q = x.slice(0, first, first + m), qs = sources.slice(0, first, first + m);
        const Neighbours searched = bank.index().search(q, qs);
        const Neighbours reused = bank.nearestFromOtherImages(q, qs, cover, first);
        const std::int64_t own = bank.index()
                                     .sources()
                                     .index_select(0, cover.nearest.slice(0, first, first + m))
                                     .eq(qs)
                                     .sum()
                                     .item<std::int64_t>();
        qInfo("%lld of %lld patches searched again", static_cast<long long>(own), static_cast<long long>(m));
        QVERIFY(own > 0 && own < m);  // both paths taken
        QCOMPARE(reused.indices.ne(searched.indices).sum().item<std::int64_t>(), std::int64_t(0));
        QVERIFY(torch::allclose(reused.distances, searched.distances, 1e-3, 1e-3));
        const Neighbours uncovered = bank.nearestFromOtherImages(q, qs, CoresetCover{}, first);
        QVERIFY(torch::equal(uncovered.indices, searched.indices));
    }

    void neighbourhoodScalesFollowEachRowsPatches() {
        // Three rows: row 0 is nearest to 48 patches at distance 1, row 1 to 16 patches at distance 4, row 2 to
        // none. Mean of all 64 distances: (48 + 64) / 64 = 1.75; each row's mean is shrunk toward it with the
        // weight of 16 patches, then divided by it.
        const NormalBank bank(SearchIndex(torch::eye(3, torch::kFloat)));
        const torch::Tensor rows = torch::cat({torch::zeros({48}, torch::kLong), torch::ones({16}, torch::kLong)});
        const torch::Tensor d = torch::cat({torch::ones({48}), torch::full({16}, 4.0f)});
        const torch::Tensor scales = bank.neighbourhoodScales({d, rows});
        const double mean = 1.75, prior = NormalBank::kScalePriorPatches;
        QCOMPARE(scales.sizes(), torch::IntArrayRef({3}));
        QVERIFY(std::abs(scales[0].item<double>() - (48.0 + prior * mean) / (48.0 + prior) / mean) < 1e-6);
        QVERIFY(std::abs(scales[1].item<double>() - (64.0 + prior * mean) / (16.0 + prior) / mean) < 1e-6);
        QCOMPARE(scales[2].item<float>(), 1.0f);  // no patch: the bank's own scale
        // A distance to row 1 counts in row 1's units, one to row 0 in row 0's; without scales nothing changes.
        const torch::Tensor q = torch::tensor({2.0f, 2.0f}), to = torch::tensor({std::int64_t(0), std::int64_t(1)});
        const torch::Tensor own = inRowUnits(q, to, scales);
        QVERIFY(own[0].item<float>() > own[1].item<float>());
        QVERIFY(torch::allclose(own * scales.index_select(0, to), q));
        QVERIFY(torch::equal(inRowUnits(q, to, torch::Tensor()), q));
        // Every patch at the same distance: one global scale.
        const torch::Tensor flat = bank.neighbourhoodScales({torch::full({64}, 3.0f), rows});
        QVERIFY(torch::allclose(flat, torch::ones({3})));
    }

    void pseudoNegativeNoiseFollowsEachCategorysDistances() {
        // Two categories of two images of two patches: image means 1, 1 (tight) and 3, 3 (loose), overall 2.
        const torch::Tensor heldOut = torch::tensor({0.5f, 1.5f, 1.0f, 1.0f, 3.0f, 3.0f, 2.0f, 4.0f}).reshape({4, 2});
        const torch::Tensor scales = groupNoiseScales(heldOut, {0, 0, 1, 1});
        QVERIFY(torch::allclose(scales, torch::tensor({0.5f, 0.5f, 1.5f, 1.5f})));
        QVERIFY(torch::allclose(groupNoiseScales(heldOut, {0, 0, 0, 0}), torch::ones({4})));  // one category
        QVERIFY_THROWS_EXCEPTION(dmad::EngineError, groupNoiseScales(heldOut, {0, 1}));

        // M_n's rows take the scale of the image (so the category) they came from.
        const NormalBank bank(SearchIndex(torch::randn({3, 4}), torch::tensor({3, 0, 2}, torch::kLong)));
        QVERIFY(torch::allclose(bank.categoryScales(scales), torch::tensor({1.5f, 0.5f, 1.5f})));
        QVERIFY_THROWS_EXCEPTION(dmad::EngineError, bank.categoryScales(torch::ones({2})));  // image 3 has none
        const NormalBank unnamed(SearchIndex(torch::randn({3, 4})));
        QVERIFY_THROWS_EXCEPTION(dmad::EngineError, unnamed.categoryScales(scales));
    }

    void nearestNeighbourMatchesBruteForce() {
        auto gen = at::detail::createCPUGenerator(4);
        const torch::Tensor bank = torch::randn({20000, 12}, gen, torch::kFloat);    // more than one bank chunk
        const torch::Tensor queries = torch::randn({2500, 12}, gen, torch::kFloat);  // more than one query chunk
        const Neighbours found = SearchIndex(bank).search(queries);
        const torch::Tensor brute = torch::cdist(queries, bank);  // [M, K]
        const auto [dist, idx] = brute.min(1);
        QVERIFY(torch::allclose(found.distances, dist, 1e-3, 1e-3));
        QCOMPARE(found.indices.ne(idx).sum().item<int64_t>(), int64_t(0));
        // A query never finds a row of its own source.
        const torch::Tensor sources = torch::arange(20000, torch::kLong) % 7;
        const torch::Tensor qs = torch::full({2500}, 3, torch::kLong);
        const Neighbours excluded = SearchIndex(bank, sources).search(queries, qs);
        QCOMPARE(sources.index_select(0, excluded.indices).eq(3).sum().item<int64_t>(), int64_t(0));
        // Merging two disjoint searches equals one search over their union.
        const Neighbours a = SearchIndex(bank.slice(0, 0, 9000)).search(queries);
        const Neighbours b = SearchIndex(bank.slice(0, 9000)).search(queries);
        QVERIFY(torch::equal(closerOf(a, b, 9000).indices, found.indices));
    }

    void boundedSearchFindsTheExactNeighbours() {
        using Pruning = SearchIndex::Pruning;
        NearSubspace subspace(9);
        at::Generator& gen = subspace.gen;
        torch::Tensor bank = subspace.rows(20000, 0.1f);
        bank[15000] = bank[5];  // a tie: the lower index wins, as in the full search
        torch::Tensor queries =
            torch::cat({subspace.rows(1500, 0.1f), subspace.rows(300, 1.0f) * 3,  // far from every row, as a defect is
                        bank.slice(0, 0, 200)});                                  // rows of the bank itself
        const SearchIndex bounded(bank), full(bank, {}, Pruning::Off);
        QVERIFY(bounded.pruned());
        QVERIFY(!full.pruned());
        QVERIFY(!SearchIndex(torch::randn({20000, 48}, gen, torch::kFloat)).pruned());  // isotropic
        QVERIFY(!SearchIndex(bank.slice(0, 0, 1000)).pruned());                         // small

        const Neighbours a = bounded.search(queries), b = full.search(queries);
        QCOMPARE(a.indices.ne(b.indices).sum().item<int64_t>(), int64_t(0));
        // The full search's |q|^2 + |b|^2 - 2qb loses a query's own row's zero to rounding: compare the others.
        QVERIFY(torch::allclose(a.distances.slice(0, 0, 1800), b.distances.slice(0, 0, 1800), 1e-4, 1e-3));
        const auto [dist, idx] = torch::cdist(queries, bank).min(1);
        QCOMPARE(a.indices.ne(idx).sum().item<int64_t>(), int64_t(0));
        QCOMPARE(a.indices[1800].item<int64_t>(), int64_t(0));
        QCOMPARE(a.indices[1805].item<int64_t>(), int64_t(5));
        QCOMPARE(a.distances.slice(0, 1800).max().item<float>(), 0.0f);

        // With the rows of the query's own image left out, as in training.
        const torch::Tensor sources = torch::arange(20000, torch::kLong) % 7;
        const torch::Tensor qs = torch::arange(queries.size(0), torch::kLong) % 5;
        const Neighbours c = SearchIndex(bank, sources).search(queries, qs);
        const Neighbours d = SearchIndex(bank, sources, Pruning::Off).search(queries, qs);
        QCOMPARE(c.indices.ne(d.indices).sum().item<int64_t>(), int64_t(0));
        QVERIFY(torch::allclose(c.distances.slice(0, 0, 1800), d.distances.slice(0, 0, 1800), 1e-4, 1e-3));
        // A query that owns every row finds none, as in the full search.
        const Neighbours none = SearchIndex(bank, torch::zeros({20000}, torch::kLong), Pruning::Always)
                                    .search(queries.slice(0, 0, 3), torch::zeros({3}, torch::kLong));
        QVERIFY(torch::isinf(none.distances).all().item<bool>());

        // Forced on isotropic rows the bound rules little out, but the answer stays exact.
        const torch::Tensor noise = torch::randn({9000, 16}, gen, torch::kFloat);
        const torch::Tensor few = torch::randn({100, 16}, gen, torch::kFloat);
        const Neighbours e = SearchIndex(noise, {}, Pruning::Always).search(few);
        QCOMPARE(e.indices.ne(torch::cdist(few, noise).argmin(1)).sum().item<int64_t>(), int64_t(0));
    }

    void searchCloserThanAnotherBanksNearestEqualsMergingTwoSearches() {
        using Pruning = SearchIndex::Pruning;
        NearSubspace subspace(11);
        // The other bank (M_o's part) and a bounded one (M_as and M_p's part) shifted by 3000 in the merged bank.
        const torch::Tensor other = subspace.rows(3000, 0.1f), bank = subspace.rows(20000, 0.1f);
        const torch::Tensor queries = torch::cat({subspace.rows(2000, 0.1f), bank.slice(0, 0, 50) + 0.01f});
        const SearchIndex bounded(bank, {}, Pruning::Always), full(bank, {}, Pruning::Off);
        QVERIFY(bounded.pruned());
        const Neighbours known = SearchIndex(other).search(queries);
        const Neighbours expected = closerOf(known, full.search(queries), 3000);
        const std::int64_t fromBank = expected.indices.ge(3000).sum().item<std::int64_t>();
        QVERIFY(fromBank >= 50 && fromBank < queries.size(0) - 100);  // both banks win for many queries

        // |q|^2 + |b|^2 - 2qb loses the small distances to rounding: the distances to compare come from cdist.
        const torch::Tensor nearest =
            torch::minimum(torch::cdist(queries, other).amin(1), torch::cdist(queries, bank).amin(1));
        for (const SearchIndex* index : {&bounded, &full}) {
            const Neighbours got = index->searchCloserThan(queries, known, 3000);
            QCOMPARE(got.indices.ne(expected.indices).sum().item<std::int64_t>(), std::int64_t(0));
            QVERIFY(torch::allclose(got.distances.slice(0, 0, 2000), nearest.slice(0, 0, 2000), 1e-4, 1e-3));
        }
        // The other bank empty (distances +inf): the bank's own nearest.
        const Neighbours none = {torch::full({queries.size(0)}, std::numeric_limits<float>::infinity()),
                                 torch::zeros({queries.size(0)}, torch::kLong)};
        const Neighbours alone = bounded.searchCloserThan(queries, none, 0);
        QCOMPARE(alone.indices.ne(full.search(queries).indices).sum().item<std::int64_t>(), std::int64_t(0));
        // With the rows of the query's own image left out.
        const torch::Tensor sources = torch::arange(20000, torch::kLong) % 7;
        const torch::Tensor qs = torch::arange(queries.size(0), torch::kLong) % 5;
        const Neighbours excluded =
            SearchIndex(bank, sources, Pruning::Always).searchCloserThan(queries, known, 3000, qs);
        const Neighbours byHand = closerOf(known, SearchIndex(bank, sources, Pruning::Off).search(queries, qs), 3000);
        QCOMPARE(excluded.indices.ne(byHand.indices).sum().item<std::int64_t>(), std::int64_t(0));
    }

    void filterKeepsExactlyTheMaskedPatches() {
        cv::Mat mask(256, 256, CV_8U, cv::Scalar(0));
        cv::rectangle(mask, cv::Rect(64, 32, 32, 16), cv::Scalar(255), cv::FILLED);  // grid cells x 8..11, y 4..5
        const torch::Tensor keep = filterAnomalousPatches(mask, 32, 32, 0.5);
        std::set<int64_t> expected;
        for (int y = 4; y <= 5; ++y)
            for (int x = 8; x <= 11; ++x) expected.insert(y * 32 + x);
        std::set<int64_t> got;
        for (int64_t i = 0; i < keep.numel(); ++i) got.insert(keep[i].item<int64_t>());
        QCOMPARE(got, expected);
        // A defect smaller than a patch still yields one patch.
        cv::Mat dot(256, 256, CV_8U, cv::Scalar(0));
        dot.at<uchar>(100, 200) = 255;
        const torch::Tensor one = filterAnomalousPatches(dot, 32, 32, 0.5);
        QCOMPARE(one.numel(), int64_t(1));
        QCOMPARE(one[0].item<int64_t>(), int64_t((100 / 8) * 32 + 200 / 8));
        QCOMPARE(filterAnomalousPatches(cv::Mat(256, 256, CV_8U, cv::Scalar(0)), 32, 32, 0.5).numel(), int64_t(0));
    }

    void relativeFilterKeepsTheNeighboursOfATinyDefect() {
        // 6x6 pixels on the corner of four stride-8 cells: each of the four is covered alike, none by half.
        cv::Mat speck(256, 256, CV_8U, cv::Scalar(0));
        cv::rectangle(speck, cv::Rect(93, 93, 6, 6), cv::Scalar(255), cv::FILLED);
        QCOMPARE(filterAnomalousPatches(speck, 32, 32, 0.5).numel(), int64_t(1));  // absolute: the peak only
        const torch::Tensor keep = filterAnomalousPatches(speck, 32, 32, 0.5, /*relativeToPeak=*/true);
        std::set<int64_t> got;
        for (int64_t i = 0; i < keep.numel(); ++i) got.insert(keep[i].item<int64_t>());
        for (const int64_t cell : {11 * 32 + 11, 11 * 32 + 12, 12 * 32 + 11, 12 * 32 + 12})
            QVERIFY2(got.count(cell) == 1, qPrintable(QString::number(cell)));
        QVERIFY(got.size() <= 16);
        // A large defect is kept as with the absolute threshold: its peak coverage is 1.
        cv::Mat block(256, 256, CV_8U, cv::Scalar(0));
        cv::rectangle(block, cv::Rect(64, 32, 32, 16), cv::Scalar(255), cv::FILLED);
        QVERIFY(
            torch::equal(filterAnomalousPatches(block, 32, 32, 0.5, true), filterAnomalousPatches(block, 32, 32, 0.5)));
    }

    void centreSamplesPerCategoryFollowEachSpread() {
        auto gen = at::detail::createCPUGenerator(11);
        AbnormalBank bank;
        const torch::Tensor tight = torch::randn({40, 16}, gen, torch::kFloat) * 0.5 + 3.0;  // spread 0.5
        const torch::Tensor wide = torch::randn({60, 16}, gen, torch::kFloat) * 2.0 - 3.0;   // spread 2
        bank.addSeen(tight, 1);
        bank.addSeen(wide, 2);
        const torch::Tensor groups =
            torch::cat({torch::full({40}, 4, torch::kLong), torch::full({60}, 9, torch::kLong)});
        bank.sampleAroundGroupCentres(groups, 0.2, 3);
        QCOMPARE(bank.sampledSize(), int64_t(100));
        const torch::Tensor first = bank.sampled().slice(0, 0, 40), second = bank.sampled().slice(0, 40);
        QVERIFY(torch::allclose(first.mean(0), tight.mean(0), 0, 0.05));
        QVERIFY(torch::allclose(second.mean(0), wide.mean(0), 0, 0.15));
        QVERIFY(std::abs(first.std(0).mean().item<float>() - 0.2f * 0.5f) < 0.02f);
        QVERIFY(std::abs(second.std(0).mean().item<float>() - 0.2f * 2.0f) < 0.06f);
        // One global centre (the paper's) lies between the two categories, far from both.
        bank.sampleAroundCentre(0.01, 3);
        QVERIFY((bank.sampled().mean(0) - tight.mean(0)).norm().item<float>() > 5.0f);
    }

    void abnormalBankPartsAndCentreSamples() {
        auto gen = at::detail::createCPUGenerator(5);
        AbnormalBank bank;
        bank.setPseudo(torch::randn({50, 8}, gen, torch::kFloat), torch::zeros({50}, torch::kLong));
        const torch::Tensor seen = torch::randn({30, 8}, gen, torch::kFloat) + 3.0;
        bank.addSeen(seen.slice(0, 0, 20), 7);
        bank.addSeen(seen.slice(0, 20), 8);  // the bank grows
        bank.sampleAroundCentre(0.01, 9);
        QCOMPARE(bank.seenSize(), int64_t(30));
        QCOMPARE(bank.sampledSize(), int64_t(30));  // as many as seen patches
        QCOMPARE(bank.size(), int64_t(110));
        const torch::Tensor centre = seen.mean(0);
        const torch::Tensor spread = (bank.sampled() - centre).std();
        QVERIFY(std::abs(spread.item<float>() - 0.01f) < 0.003f);
        QVERIFY(torch::allclose(bank.sampled().mean(0), centre, 0, 0.01));
        QCOMPARE(bank.index().size(), int64_t(110));
        QCOMPARE(bank.seenAndSampledIndex().size(), int64_t(60));
        // Fusion of Eq. 4.
        const torch::Tensor fused = fusePseudoAnomaly(torch::ones({2, 3}), torch::zeros({2, 3}), 0.6);
        QVERIFY(torch::allclose(fused, torch::full({2, 3}, 0.6)));
    }

    void knowledgeShapesForEachAttentionMode() {
        torch::NoGradGuard noGrad;
        KnowledgeEnhancer enhancer(8);
        enhancer->reset(1);
        auto gen = at::detail::createCPUGenerator(6);
        const torch::Tensor q = torch::randn({2, 16, 8}, gen, torch::kFloat);
        const torch::Tensor queried = torch::tensor({3, 5, 7}, torch::kLong).unsqueeze(0).expand({2, 3}).contiguous();
        const torch::Tensor qnn = torch::randn({2, 3, 8}, gen, torch::kFloat);
        const torch::Tensor qna = torch::randn({2, 3, 8}, gen, torch::kFloat);
        for (const auto mode :
             {dmad::AttentionMode::Off, dmad::AttentionMode::OverImage, dmad::AttentionMode::PerPatch}) {
            const torch::Tensor o = enhancer->forward(q, queried, qnn, qna, mode);
            QCOMPARE(o.sizes().vec(), (std::vector<int64_t>{2, 3, 24}));
        }
        // Off: the knowledge is the difference vector, so o = Cat(P(q), P(q - q_nn), P(q - q_na)).
        const torch::Tensor off = enhancer->forward(q, queried, qnn, qna, dmad::AttentionMode::Off);
        const torch::Tensor qSel = q.index_select(1, torch::tensor({3, 5, 7}, torch::kLong));
        QVERIFY(torch::allclose(off.slice(2, 8, 16), enhancer->projection(qSel - qnn), 1e-5, 1e-6));
        // OverImage: each query's attention is a convex combination of the image's values, whichever order the
        // products are taken in (few queries: projected queries; as many queries as patches: projected keys).
        const torch::Tensor keys = enhancer->keyLayer(q), values = enhancer->valueLayer(q);
        for (const torch::Tensor& queries : {qnn, torch::randn({2, 16, 8}, gen, torch::kFloat)}) {
            const torch::Tensor a = enhancer->attention(queries, q);
            QCOMPARE(a.sizes(), queries.sizes());
            const torch::Tensor w = torch::softmax(torch::bmm(queries, keys.transpose(1, 2)) / std::sqrt(8.0), -1);
            QVERIFY(torch::allclose(a, torch::bmm(w, values), 1e-5, 1e-6));
        }
    }

    void attentionWithProjectedQueriesHasTheTextbookGradients() {
        KnowledgeEnhancer enhancer(8);
        enhancer->reset(2);
        auto gen = at::detail::createCPUGenerator(9);
        const torch::Tensor q = torch::randn({2, 16, 8}, gen, torch::kFloat);
        const torch::Tensor queries = torch::randn({2, 3, 8}, gen, torch::kFloat);
        const torch::Tensor target = torch::randn({2, 3, 8}, gen, torch::kFloat);
        const auto gradients = [&](const torch::Tensor& a) {
            enhancer->zero_grad();
            (a * target).sum().backward();
            return std::make_pair(enhancer->keyLayer->weight.grad().clone(),
                                  enhancer->valueLayer->weight.grad().clone());
        };
        const auto fast = gradients(enhancer->attention(queries, q));
        const torch::Tensor keys = enhancer->keyLayer(q), values = enhancer->valueLayer(q);
        const auto textbook = gradients(
            torch::bmm(torch::softmax(torch::bmm(queries, keys.transpose(1, 2)) / std::sqrt(8.0), -1), values));
        QVERIFY(textbook.first.abs().sum().item<float>() > 0);
        QVERIFY(torch::allclose(fast.first, textbook.first, 1e-4, 1e-5));
        QVERIFY(torch::allclose(fast.second, textbook.second, 1e-4, 1e-5));
    }

    void scoringAttentionInBlocksEqualsTheBatchedOne() {
        // Without gradients the attention runs per image and block of queries (600 queries over 600 keys
        // make two blocks of 436 and 164 rows); it must give the batched result.
        KnowledgeEnhancer enhancer(8);
        enhancer->reset(4);
        auto gen = at::detail::createCPUGenerator(10);
        const torch::Tensor q = torch::randn({3, 600, 8}, gen, torch::kFloat);
        const torch::Tensor queries = torch::randn({3, 600, 8}, gen, torch::kFloat);
        const torch::Tensor batched = enhancer->attention(queries, q).detach();
        torch::NoGradGuard noGrad;
        const torch::Tensor blocked = enhancer->attention(queries, q);
        QVERIFY(torch::allclose(blocked, batched, 1e-4, 1e-5));
        // One image alone gives the same as within the batch.
        QVERIFY(torch::equal(enhancer->attention(queries.slice(0, 1, 2), q.slice(0, 1, 2))[0], blocked[1]));
    }

    void scoreMapperShapeAndDeterministicInit() {
        torch::NoGradGuard noGrad;
        ScoreMapper a(24, 16), b(24, 16);
        a->reset(3);
        b->reset(3);
        a->eval();
        b->eval();
        const torch::Tensor o = torch::randn({10, 24});
        QCOMPARE(a->forward(o).sizes().vec(), (std::vector<int64_t>{10}));
        QVERIFY(torch::equal(a->forward(o), b->forward(o)));
        QCOMPARE(mapperHiddenDim(128, 0), int64_t(384));
        QCOMPARE(mapperHiddenDim(1536, 0), int64_t(1024));
    }

    void hingeLossByHand() {
        const torch::Tensor n = torch::tensor({1.0f, 0.0f});   // max(0, .5 - x): 0, .5   -> mean .25
        const torch::Tensor p = torch::tensor({-1.0f, 0.2f});  // max(0, .5 + x): 0, .7   -> mean .35
        const torch::Tensor a = torch::tensor({0.5f});         // max(0, .5 + x): 1       -> mean 1
        QVERIFY(std::abs(hingeLoss(n, p, a, 1.0, 0.0).item<float>() - 0.60f) < 1e-6f);
        QVERIFY(std::abs(hingeLoss(n, p, a, 0.5, 15.0).item<float>() - (0.25f + 0.175f + 15.0f)) < 1e-5f);
        QVERIFY(std::abs(hingeLoss(n, p, torch::Tensor(), 0.5, 15.0).item<float>() - 0.425f) < 1e-6f);
    }

    void trainHeadSeparatesNormalFromNoise() {
        // Four "images" of 16 patches; the mapper must rate clean normal representations above noisy ones.
        TrainingData data = tinyTrainingData(8);
        dmad::TrainConfig config;
        config.epochs = 3;
        config.batchSize = 2;
        config.patchesPerImage = 8;
        int epochReports = 0;
        std::int64_t lastStep = 0;
        const TrainedHead head =
            trainHead(data, config, dmad::AttentionMode::OverImage, 1.0, 0.0, 0.0, [&](const StepReport& r) {
                if (r.epochLoss >= 0) ++epochReports;
                lastStep = r.step;
                QCOMPARE(r.steps, std::int64_t(6));
            });
        QCOMPARE(epochReports, 3);
        QCOMPARE(lastStep, std::int64_t(6));
        QCOMPARE(int(head.epochLoss.size()), 3);
        QCOMPARE(head.patchesPerEpoch, std::int64_t(32));
        // Same seed, same weights.
        const TrainedHead again = trainHead(data, config, dmad::AttentionMode::OverImage, 1.0, 0.0, 0.0, {});
        QCOMPARE(again.epochLoss, head.epochLoss);
        // Noise factors: 1 for every image is the global std; other factors change the pseudo negatives only.
        {
            TrainingData scaled = data;
            scaled.noiseScales = torch::ones({data.normalFeatures.size(0)});
            QCOMPARE(trainHead(scaled, config, dmad::AttentionMode::OverImage, 1.0, 0.0, 0.0, {}).epochLoss,
                     head.epochLoss);
            scaled.noiseScales = torch::full({data.normalFeatures.size(0)}, 3.0f);
            QVERIFY(trainHead(scaled, config, dmad::AttentionMode::OverImage, 1.0, 0.0, 0.0, {}).epochLoss !=
                    head.epochLoss);
        }
        // A stop request from the step callback ends the loop.
        bool stopped = false;
        try {
            trainHead(data, config, dmad::AttentionMode::Off, 1.0, 0.0, 0.0,
                      [](const StepReport&) { throw dmad::EngineError(dmad::EngineError::Kind::Cancelled, "stop"); });
        } catch (const dmad::EngineError& e) {
            stopped = e.kind() == dmad::EngineError::Kind::Cancelled;
        }
        QVERIFY(stopped);
        // A NaN in the features makes the loss NaN: training stops with NonFinite, never "final loss: nan".
        data.normalFeatures[1][3][2] = std::numeric_limits<float>::quiet_NaN();
        bool nonFinite = false;
        try {
            trainHead(data, config, dmad::AttentionMode::OverImage, 1.0, 0.0, 0.0, {});
        } catch (const dmad::EngineError& e) {
            nonFinite = e.kind() == dmad::EngineError::Kind::NonFinite;
        }
        QVERIFY(nonFinite);
    }

    void normalDistanceTermIsStandardisedByTheNormalPatches() {
        TrainingData data = tinyTrainingData(9);
        dmad::TrainConfig config;
        config.epochs = 1;
        config.batchSize = 2;
        // Mean and std of the normal patches' distances to their M_n neighbours, by hand; recorded whatever
        // the weight Psi was trained beside, since the model may be scored with another one.
        const torch::Tensor d =
            (data.normalFeatures.reshape({-1, 8}) - data.normalBank.index_select(0, data.normalNn.reshape({-1})))
                .norm(2, -1);
        const TrainedHead plain = trainHead(data, config, dmad::AttentionMode::Off, 1.0, 0.0, 0.0, {});
        QVERIFY(std::abs(plain.mapper->normalDistance[0].item<float>() - d.mean().item<float>()) < 1e-4f);
        QCOMPARE(plain.mapper->normalTerm(torch::ones({3}), 0.0).abs().sum().item<float>(), 0.0f);  // w = 0
        const TrainedHead head = trainHead(data, config, dmad::AttentionMode::Off, 1.0, 0.0, 1.0, {});
        QVERIFY(std::abs(head.mapper->normalDistance[0].item<float>() - d.mean().item<float>()) < 1e-4f);
        QVERIFY(std::abs(head.mapper->normalDistance[1].item<float>() - d.std().item<float>()) < 1e-4f);
        const torch::Tensor z = head.mapper->normalTerm(d, 2.0);
        QVERIFY(torch::allclose(z, (d - d.mean()) / d.std() * 2.0, 1e-4, 1e-4));
    }

    void largeMapsAreBoundedAndScaled() {
        torch::Tensor s = torch::zeros({4 * 5});
        s[3] = 10;
        dmad::ScoreConfig cfg;
        cfg.topK = 1;
        // Up to kMaxMapSide the map is what it always was: resize, then blur at full size.
        const dmad::ImageScore small = scorePatches(s, 4, 5, cv::Size(500, 400), cfg);
        cv::Mat grid(4, 5, CV_32F, cv::Scalar(0));
        grid.at<float>(0, 3) = 10;
        cv::Mat expected;
        cv::resize(grid, expected, cv::Size(500, 400), 0, 0, cv::INTER_LINEAR);
        const double sigma = cfg.sigmaAt256 * 500 / 256.0;
        cv::GaussianBlur(expected, expected, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT);
        QCOMPARE(cv::norm(small.anomalyMap, expected, cv::NORM_INF), 0.0);
        // A 12000 x 9000 image: the blur runs at 2048 x 1536 (seconds at full size become milliseconds).
        QElapsedTimer timer;
        timer.start();
        const dmad::ImageScore big = scorePatches(s, 4, 5, cv::Size(12000, 9000), cfg);
        qInfo("12000 x 9000 map in %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(big.anomalyMap.size(), cv::Size(12000, 9000));
        cv::Point maxAt;
        cv::minMaxLoc(big.anomalyMap, nullptr, nullptr, nullptr, &maxAt);
        QVERIFY(maxAt.x > 7200 && maxAt.x < 9600 && maxAt.y < 2250);  // patch (0, 3) of a 4x5 grid
        QVERIFY(timer.elapsed() < 20000);
    }

    void scorerTopKAndMapSize() {
        torch::Tensor s = torch::zeros({4 * 5});
        s[3] = 10;
        s[7] = 6;
        s[11] = 2;
        dmad::ScoreConfig cfg;
        cfg.topK = 2;
        const dmad::ImageScore r = scorePatches(s, 4, 5, cv::Size(), cfg);
        QCOMPARE(r.score, 8.0);
        QVERIFY(r.anomalyMap.empty());
        QCOMPARE(r.patchScores.size(), cv::Size(5, 4));
        QCOMPARE(r.patchScores.at<float>(0, 3), 10.0f);
        cfg.topK = 100;  // more than the patches: all of them
        QCOMPARE(scorePatches(s, 4, 5, cv::Size(), cfg).score, 18.0 / 20.0);
        cfg.topK = 1;
        const dmad::ImageScore m = scorePatches(s, 4, 5, cv::Size(300, 200), cfg);
        QCOMPARE(m.anomalyMap.size(), cv::Size(300, 200));
        QCOMPARE(m.anomalyMap.type(), CV_32F);
        cv::Point maxAt;
        cv::minMaxLoc(m.anomalyMap, nullptr, nullptr, nullptr, &maxAt);
        QVERIFY(maxAt.x > 180 && maxAt.x < 240 && maxAt.y < 50);  // patch (0, 3) of a 4x5 grid
    }

    // The 99th percentile of grey is brought to 90 % of white: a few specular pixels above it do not count, a bright
    // image is never darkened, and a black one is stretched at most 4 times.
    void autoLevelsGainFollowsThe99thPercentile() {
        using dmad::AutoLevels;
        using dmad::method::autoLevelsGain;
        cv::Mat dark(100, 100, CV_8UC3, cv::Scalar(20, 20, 20));
        dark(cv::Rect(0, 0, 100, 2)).setTo(cv::Scalar(100, 100, 100));  // 2 %: the percentile falls on them
        dark(cv::Rect(0, 2, 50, 1)).setTo(cv::Scalar(255, 255, 255));   // 0.5 % specular
        QVERIFY(std::abs(autoLevelsGain(dark, AutoLevels::Peak) - 0.9 * 255.0 / 100.0) < 1e-12);
        QCOMPARE(autoLevelsGain(dark, AutoLevels::Off), 1.0);
        dark(cv::Rect(0, 0, 100, 2)).setTo(cv::Scalar(20, 20, 20));  // only 0.5 % above 20: 11.5 times, capped
        QCOMPARE(autoLevelsGain(dark, AutoLevels::Peak), 4.0);
        QCOMPARE(autoLevelsGain(cv::Mat(8, 8, CV_8UC3, cv::Scalar(230, 230, 230)), AutoLevels::Peak), 1.0);
        QCOMPARE(autoLevelsGain(cv::Mat(8, 8, CV_8UC3, cv::Scalar(0, 0, 0)), AutoLevels::Peak), 4.0);
        // Grey is the luma of the colour: a pure red of 255 is a grey of 76.
        QVERIFY(std::abs(autoLevelsGain(cv::Mat(8, 8, CV_8UC3, cv::Scalar(255, 0, 0)), AutoLevels::Peak) -
                         0.9 * 255.0 / 76.0) < 1e-12);
    }

    // The median of grey is brought to ImageNet's mean grey (117.1 of 255): a bright spot of a few percent, which
    // moves the peak rule's gain, leaves it as it was; never below 1, at most 4.
    void autoLevelsGainFollowsTheMedian() {
        using dmad::AutoLevels;
        using dmad::method::autoLevelsGain;
        const double imageNetGrey = (0.299 * 0.485 + 0.587 * 0.456 + 0.114 * 0.406) * 255.0;
        cv::Mat dim(100, 100, CV_8UC3, cv::Scalar(40, 40, 40));
        dim(cv::Rect(0, 0, 100, 40)).setTo(cv::Scalar(80, 80, 80));  // 40 %: the median stays at 40
        QVERIFY(std::abs(autoLevelsGain(dim, AutoLevels::Median) - imageNetGrey / 40.0) < 1e-12);
        const double peakBefore = autoLevelsGain(dim, AutoLevels::Peak);
        dim(cv::Rect(60, 60, 20, 20)).setTo(cv::Scalar(250, 250, 250));  // a pasted bright spot, 4 %: 56 % at 40
        QVERIFY(std::abs(autoLevelsGain(dim, AutoLevels::Median) - imageNetGrey / 40.0) < 1e-12);
        QVERIFY(autoLevelsGain(dim, AutoLevels::Peak) < peakBefore - 1.0);
        dim(cv::Rect(0, 40, 100, 7)).setTo(cv::Scalar(80, 80, 80));  // 49 % left at 40: the median is 80
        QVERIFY(std::abs(autoLevelsGain(dim, AutoLevels::Median) - imageNetGrey / 80.0) < 1e-12);
        QCOMPARE(autoLevelsGain(cv::Mat(8, 8, CV_8UC3, cv::Scalar(18, 18, 18)), AutoLevels::Median), 4.0);
        QCOMPARE(autoLevelsGain(cv::Mat(8, 8, CV_8UC3, cv::Scalar(0, 0, 0)), AutoLevels::Median), 4.0);
        QCOMPARE(autoLevelsGain(cv::Mat(8, 8, CV_8UC3, cv::Scalar(130, 130, 130)), AutoLevels::Median), 1.0);
        QCOMPARE(autoLevelsGain(cv::Mat(), AutoLevels::Median), 1.0);
    }

    void featureCacheMemoryAndDisk() {
        QTemporaryDir dir;
        FeatureCache cache(dir.path().toStdString(), 1 << 20);
        const std::vector<unsigned char> bytes = {1, 2, 3};
        dmad::FeatureConfig f;
        const std::string key = FeatureCache::key(bytes, "abc", f);
        QVERIFY(key != FeatureCache::key(bytes, "abd", f));
        f.imageSize = 224;
        QVERIFY(key != FeatureCache::key(bytes, "abc", f));
        QVERIFY(!cache.find(key));
        FeatureCache::Entry e{torch::randn({6, 4}), 2, 3, cv::Size(40, 30)};
        cache.store(key, e);
        QVERIFY(torch::equal(cache.find(key)->q, e.q));
        FeatureCache fresh(dir.path().toStdString(), 1 << 20);  // a new process: from disk
        const auto fromDisk = fresh.find(key);
        QVERIFY(fromDisk.has_value());
        QVERIFY(torch::equal(fromDisk->q, e.q));
        QCOMPARE(fromDisk->imageSize, cv::Size(40, 30));
        // Over budget: the oldest entry leaves memory.
        FeatureCache small("", 6 * 4 * 4 * 2);
        for (int i = 0; i < 3; ++i) small.store("k" + std::to_string(i), e);
        QCOMPARE(int(small.memoryEntries()), 2);
        QVERIFY(!small.find("k0"));
    }
};

QTEST_GUILESS_MAIN(MethodTest)
#include "method_test.moc"
