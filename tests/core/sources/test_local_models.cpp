// Models on this machine: each store's layout read from a tree the test writes (local_store_fixtures.h),
// broken entries listed with their reason, names resolved, and the fits / tight / does-not-fit badge
// from the estimator.
#include "core/formats/model_file.h"
#include "core/sizing/estimator.h"
#include "core/sources/local_model_fit.h"
#include "core/sources/local_model_scan.h"
#include "core/sources/store_locations.h"
#include "local_store_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace fitscope;
using namespace fitscope::sources;
namespace fs = std::filesystem;

namespace {

const LocalModel* named(const std::vector<LocalModel>& models, const std::string& name) {
    for (const LocalModel& m : models) {
        if (m.name == name) {
            return &m;
        }
    }
    return nullptr;
}

std::vector<std::string> names(const std::vector<LocalModel>& models) {
    std::vector<std::string> out;
    for (const LocalModel& m : models) {
        out.push_back(m.name);
    }
    return out;
}

QByteArray joined(const std::vector<LocalModel>& models) {
    std::string out;
    for (const LocalModel& m : models) {
        out += m.name + " [" + std::string(modelStoreId(m.store)) + ", " + std::string(localModelStatusId(m.status)) +
               "] ";
    }
    return QByteArray::fromStdString(out);
}

StoreEnvironment homeOnly(const fs::path& home) {
    StoreEnvironment env;
    env.home = home;
    return env;
}

} // namespace

class TestLocalModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storeRoots_followTheEnvironment();
    void lmStudioSettings_nameItsModelsDirectory();
    void hfCache_listsSnapshotsThroughLinks();
    void hfCache_danglingLink_listedBroken();
    void ollama_readsManifestBlobAndParams();
    void ollama_brokenManifestAndMissingBlob_listedBroken();
    void lmStudio_publisherRepoFile();
    void llamaCpp_flatCache();
    void userFolder_namesBelowTheFolder();
    void scanAll_eachRootAndFileOnce();
    void quickScan_readsNoHeader();
    void hostileStore_listedBrokenNeverFatal();
    void cancelled_stopsTheScan();
    void findLocalModel_acceptsOllamaShortNames();
    void fitBadge_fitsTightDoesNotFit();
    void sort_bySizeAndFit();

private:
    QTemporaryDir m_dir;
    testing::StoreFixture m_fixture;
    std::vector<LocalModel> m_all;
};

void TestLocalModels::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_fixture = testing::writeStoreFixture(m_dir.path().toStdString());
    m_all = scanLocalModels(storeRoots(homeOnly(m_fixture.home), {m_fixture.user_folder}));
}

void TestLocalModels::storeRoots_followTheEnvironment() {
    const fs::path home = "/h";
    auto pathOf = [](const std::vector<StoreRoot>& roots, ModelStore store) {
        for (const StoreRoot& r : roots) {
            if (r.store == store) {
                return r.path;
            }
        }
        return fs::path();
    };
    std::vector<StoreRoot> roots = storeRoots(homeOnly(home));
    QCOMPARE(pathOf(roots, ModelStore::HuggingFace), fs::path("/h/.cache/huggingface/hub"));
    QCOMPARE(pathOf(roots, ModelStore::Ollama), fs::path("/h/.ollama/models"));
    QCOMPARE(pathOf(roots, ModelStore::LmStudio), fs::path("/h/.lmstudio/models"));
    QCOMPARE(pathOf(roots, ModelStore::LlamaCpp), fs::path("/h/.cache/llama.cpp"));
    QCOMPARE(
        std::count_if(roots.begin(), roots.end(), [](const StoreRoot& r) { return r.store == ModelStore::LmStudio; }),
        2); // ~/.lmstudio/models and the older ~/.cache/lm-studio/models

    StoreEnvironment env = homeOnly(home);
    env.xdg_cache_home = "/x";
    roots = storeRoots(env);
    QCOMPARE(pathOf(roots, ModelStore::HuggingFace), fs::path("/x/huggingface/hub"));
    QCOMPARE(pathOf(roots, ModelStore::LlamaCpp), fs::path("/x/llama.cpp"));
    env.hf_home = "/hf";
    QCOMPARE(pathOf(storeRoots(env), ModelStore::HuggingFace), fs::path("/hf/hub"));
    env.huggingface_hub_cache = "/legacy";
    QCOMPARE(pathOf(storeRoots(env), ModelStore::HuggingFace), fs::path("/legacy"));
    env.hf_hub_cache = "/hub";
    env.ollama_models = "/ollama";
    env.llama_cache = "/llama";
    roots = storeRoots(env, {"/mine"});
    QCOMPARE(pathOf(roots, ModelStore::HuggingFace), fs::path("/hub"));
    QCOMPARE(pathOf(roots, ModelStore::Ollama), fs::path("/ollama"));
    QCOMPARE(pathOf(roots, ModelStore::LlamaCpp), fs::path("/llama"));
    QCOMPARE(roots.back().store, ModelStore::Folder);
    QCOMPARE(roots.back().path, fs::path("/mine"));
}

// LM Studio's own settings: a moved data folder (~/.lmstudio-home-pointer) and the "Models Directory"
// chosen in the app (settings.json "downloadsFolder") are listed before the defaults, once each; a
// broken settings file changes nothing.
void TestLocalModels::lmStudioSettings_nameItsModelsDirectory() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path home = dir.path().toStdString();
    const fs::path data = home / "elsewhere" / "lmstudio-data";
    const fs::path models = home / "big-disk" / "llms";
    fs::create_directories(data);
    fs::create_directories(models / "lmstudio-community" / "Tiny-GGUF");
    std::ofstream(home / ".lmstudio-home-pointer") << data.string() << "\n";
    std::ofstream(data / "settings.json")
        << "{\n  \"downloadsFolder\": \"" << models.string() << "\",\n  \"theme\": \"dark\"\n}\n";

    StoreEnvironment env = homeOnly(home);
    readLmStudioSettings(env);
    QCOMPARE(env.lmstudio_home, data);
    QCOMPARE(env.lmstudio_models, models);
    std::vector<fs::path> lmstudio;
    for (const StoreRoot& r : storeRoots(env)) {
        if (r.store == ModelStore::LmStudio) {
            lmstudio.push_back(r.path);
        }
    }
    QCOMPARE(lmstudio, (std::vector<fs::path>{models, data / "models", home / ".lmstudio" / "models",
                                              home / ".cache" / "lm-studio" / "models"}));

    // A GGUF two levels down in the chosen folder is listed as LM Studio's.
    testing::writeTinyLlamaGguf(models / "lmstudio-community" / "Tiny-GGUF" / "Tiny-Q8_0.gguf", true);
    const std::vector<LocalModel> found = scanLocalModels(storeRoots(env));
    const LocalModel* m = named(found, "lmstudio-community/Tiny-GGUF/Tiny-Q8_0.gguf");
    QVERIFY(m != nullptr);
    QCOMPARE(m->store, ModelStore::LmStudio);

    // Settings naming the default folder list it once; malformed settings and a relative pointer are ignored.
    std::ofstream(data / "settings.json") << "{\"downloadsFolder\": \"" << (data / "models").string() << "\"}";
    readLmStudioSettings(env);
    const std::vector<StoreRoot> roots = storeRoots(env);
    QCOMPARE(
        std::count_if(roots.begin(), roots.end(), [](const StoreRoot& r) { return r.store == ModelStore::LmStudio; }),
        3);
    std::ofstream(data / "settings.json") << "{ not json";
    readLmStudioSettings(env);
    QVERIFY(env.lmstudio_models.empty());
    std::ofstream(home / ".lmstudio-home-pointer") << "relative/path";
    readLmStudioSettings(env);
    QVERIFY(env.lmstudio_home.empty());
}

void TestLocalModels::hfCache_listsSnapshotsThroughLinks() {
    const LocalModel* st = named(m_all, "TinyOrg/tiny-llama");
    QVERIFY2(st, joined(m_all).constData());
    QVERIFY2(st->ok(), st->problem.c_str());
    QCOMPARE(st->store, ModelStore::HuggingFace);
    QCOMPARE(st->formatId(), std::string_view("safetensors"));
    QCOMPARE(st->revision, m_fixture.hf_revision);
    QCOMPARE(st->path, m_fixture.hf_cache / "models--TinyOrg--tiny-llama" / "snapshots" / m_fixture.hf_revision);
    // The sizes are the blobs' (the links followed), as the header reader counts them.
    QCOMPARE(st->file_bytes, m_fixture.hf_safetensors_bytes);
    QCOMPARE(st->quantization, std::string("BF16"));
    QCOMPARE(st->context_length, 2048);
    QVERIFY(st->prepared);
    QCOMPARE(st->prepared->spec.num_layers, 2);

    // A GGUF repository with two quantizations: one entry per file.
    const LocalModel* q4 = named(m_all, "TinyOrg/tiny-GGUF/tiny-Q4_K_M.gguf");
    const LocalModel* q8 = named(m_all, "TinyOrg/tiny-GGUF/tiny-Q8_0.gguf");
    QVERIFY2(q4 && q8, joined(m_all).constData());
    QCOMPARE(q4->quantization, std::string("Q4_K_M"));
    QCOMPARE(q8->quantization, std::string("Q8_0"));
    QCOMPARE(q4->formatId(), std::string_view("gguf"));
    QCOMPARE(q4->file_bytes, static_cast<std::int64_t>(
                                 fs::file_size(m_fixture.hf_cache / "models--TinyOrg--tiny-GGUF" / "blobs" / "3333")));
    // The dataset beside them is not a model.
    for (const LocalModel& m : m_all) {
        QVERIFY2(m.name.find("someone") == std::string::npos, m.name.c_str());
    }
}

void TestLocalModels::hfCache_danglingLink_listedBroken() {
    const LocalModel* broken = named(m_all, "Broken/dangling");
    QVERIFY2(broken, joined(m_all).constData());
    QCOMPARE(broken->status, LocalModelStatus::Broken);
    QVERIFY2(broken->problem.find("dangling link") != std::string::npos, broken->problem.c_str());
    QVERIFY2(broken->problem.find("model.safetensors") != std::string::npos, broken->problem.c_str());
    QVERIFY2(broken->problem.find("deleted-blob") != std::string::npos, broken->problem.c_str());
    QVERIFY(!broken->prepared);
}

void TestLocalModels::ollama_readsManifestBlobAndParams() {
    const LocalModel* tag = named(m_all, "qwen3:30b-a3b");
    QVERIFY2(tag, joined(m_all).constData());
    QVERIFY2(tag->ok(), tag->problem.c_str());
    QCOMPARE(tag->store, ModelStore::Ollama);
    QCOMPARE(tag->path, m_fixture.ollama_gguf_blob);
    QCOMPARE(tag->formatId(), std::string_view("gguf"));
    QCOMPARE(tag->file_bytes, m_fixture.ollama_gguf_bytes);
    QCOMPARE(tag->quantization, std::string("Q4_K_M"));
    QCOMPARE(tag->ollama_num_ctx, m_fixture.ollama_num_ctx);
    QCOMPARE(tag->context_length, 4096);
    QVERIFY(tag->prepared);

    // Another tag of the same blob is its own entry; it sets no num_ctx.
    const LocalModel* latest = named(m_all, "qwen3:latest");
    QVERIFY(latest);
    QVERIFY(latest->ok());
    QCOMPARE(latest->path, tag->path);
    QCOMPARE(latest->ollama_num_ctx, 0);
}

void TestLocalModels::ollama_brokenManifestAndMissingBlob_listedBroken() {
    const LocalModel* broken = named(m_all, "broken:latest");
    QVERIFY2(broken, joined(m_all).constData());
    QCOMPARE(broken->status, LocalModelStatus::Broken);
    QVERIFY2(broken->problem.find("broken manifest") != std::string::npos, broken->problem.c_str());
    const LocalModel* gone = named(m_all, "gone:7b");
    QVERIFY(gone);
    QCOMPARE(gone->status, LocalModelStatus::Broken);
    QVERIFY2(gone->problem.find("is missing") != std::string::npos, gone->problem.c_str());
    QVERIFY2(gone->problem.find("sha256-" + std::string(64, '2')) != std::string::npos, gone->problem.c_str());
}

void TestLocalModels::lmStudio_publisherRepoFile() {
    const LocalModel* m = named(m_all, "lmstudio-community/Tiny-GGUF/Tiny-Q8_0.gguf");
    QVERIFY2(m, joined(m_all).constData());
    QVERIFY(m->ok());
    QCOMPARE(m->store, ModelStore::LmStudio);
    QCOMPARE(m->quantization, std::string("Q8_0"));
    // The vision projector beside it is not a model.
    for (const LocalModel& other : m_all) {
        QVERIFY2(other.name.find("mmproj") == std::string::npos, other.name.c_str());
    }
}

void TestLocalModels::llamaCpp_flatCache() {
    const LocalModel* m = named(m_all, "TinyOrg_tiny-GGUF_tiny-Q4_K_M.gguf");
    QVERIFY2(m, joined(m_all).constData());
    QVERIFY(m->ok());
    QCOMPARE(m->store, ModelStore::LlamaCpp);
    QCOMPARE(m->quantization, std::string("Q4_K_M"));
}

void TestLocalModels::userFolder_namesBelowTheFolder() {
    const LocalModel* top = named(m_all, "top-Q8_0.gguf");
    const LocalModel* nested = named(m_all, "sub/nested.gguf");
    QVERIFY2(top && nested, joined(m_all).constData());
    QCOMPARE(top->store, ModelStore::Folder);
    QVERIFY(top->ok());
    QVERIFY(nested->ok());
    const LocalModel* truncated = named(m_all, "sub/truncated.gguf");
    QVERIFY(truncated);
    QCOMPARE(truncated->status, LocalModelStatus::Broken);
    QVERIFY2(truncated->problem.find("unreadable header") != std::string::npos, truncated->problem.c_str());
    QVERIFY2(truncated->problem.find("truncated.gguf") != std::string::npos, truncated->problem.c_str());
}

void TestLocalModels::scanAll_eachRootAndFileOnce() {
    // The fixture has 13 entries: 4 Hugging Face, 4 Ollama, 1 LM Studio, 1 llama.cpp, 3 in the folder.
    QCOMPARE(m_all.size(), std::size_t(13));
    // The LM Studio folder added as a user folder too, and LLAMA_CACHE pointing at the HF cache: the
    // same models, once each, under the first store naming them.
    StoreEnvironment env = homeOnly(m_fixture.home);
    env.llama_cache = m_fixture.hf_cache.string();
    const std::vector<LocalModel> again = scanLocalModels(storeRoots(env, {m_fixture.lmstudio, m_fixture.user_folder}));
    QCOMPARE(again.size(), std::size_t(12)); // without the flat llama.cpp folder, no longer a root
    std::vector<std::string> sorted = names(again);
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    QCOMPARE(named(again, "lmstudio-community/Tiny-GGUF/Tiny-Q8_0.gguf")->store, ModelStore::LmStudio);
    QCOMPARE(named(again, "TinyOrg/tiny-llama")->store, ModelStore::HuggingFace);
}

void TestLocalModels::quickScan_readsNoHeader() {
    ScanOptions quick;
    quick.read_headers = false;
    const std::vector<LocalModel> models = scanLocalModels(storeRoots(homeOnly(m_fixture.home)), quick);
    const LocalModel* tag = named(models, "qwen3:30b-a3b");
    QVERIFY(tag);
    QVERIFY(tag->ok());
    QCOMPARE(tag->file_bytes, m_fixture.ollama_gguf_bytes);
    QCOMPARE(tag->formatId(), std::string_view("gguf"));
    QVERIFY(tag->quantization.empty());
    QVERIFY(!tag->prepared);
    const LocalModel* st = named(models, "TinyOrg/tiny-llama");
    QVERIFY(st);
    QCOMPARE(st->formatId(), std::string_view("safetensors"));
    QCOMPARE(st->file_bytes, m_fixture.hf_safetensors_bytes);
    // Broken layouts are broken without reading a header.
    QCOMPARE(named(models, "Broken/dangling")->status, LocalModelStatus::Broken);
    QCOMPARE(named(models, "gone:7b")->status, LocalModelStatus::Broken);
}

void TestLocalModels::hostileStore_listedBrokenNeverFatal() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    // Ollama: a digest that walks out of blobs/, an oversized manifest, layers that are not a list.
    const fs::path library = root / "ollama" / "manifests" / "registry.ollama.ai" / "library";
    testing::writeText(library / "escape" / "latest",
                       testing::ollamaManifest({{"application/vnd.ollama.image.model", "sha256:../../../etc/passwd"}}));
    testing::writeText(library / "huge" / "latest", "{\"layers\": [" + std::string(2 << 20, ' ') + "]}");
    testing::writeText(library / "nolayers" / "latest", R"({"layers": {"a": 1}})");
    testing::writeText(library / "tensors" / "latest", testing::ollamaManifest({{"application/vnd.ollama.image.tensor",
                                                                                 "sha256:" + std::string(64, '3')}}));
    fs::create_directories(root / "ollama" / "blobs");
    const std::vector<LocalModel> ollama = scanStore({ModelStore::Ollama, root / "ollama"});
    QCOMPARE(ollama.size(), std::size_t(4));
    for (const LocalModel& m : ollama) {
        QCOMPARE(m.status, LocalModelStatus::Broken);
        QVERIFY(!m.problem.empty());
    }
    QVERIFY(named(ollama, "escape:latest")->problem.find("digest") != std::string::npos);
    QVERIFY(named(ollama, "tensors:latest")->problem.find("not a GGUF") != std::string::npos);

    // Hugging Face: refs/main that tries to leave snapshots/, and one naming a snapshot that is not there.
    const fs::path hf = root / "hf";
    testing::writeText(hf / "models--a--escape" / "refs" / "main", "../../../etc");
    testing::writeText(hf / "models--a--missing" / "refs" / "main", std::string(40, '9'));
    const std::vector<LocalModel> cache = scanStore({ModelStore::HuggingFace, hf});
    QCOMPARE(cache.size(), std::size_t(2));
    QCOMPARE(named(cache, "a/escape")->status, LocalModelStatus::Broken);
    QVERIFY(named(cache, "a/missing")->problem.find("is missing") != std::string::npos);

    // A folder that does not exist is no store at all.
    QVERIFY(scanStore({ModelStore::LmStudio, root / "absent"}).empty());
}

void TestLocalModels::cancelled_stopsTheScan() {
    ScanOptions options;
    options.cancelled = [] { return true; };
    QVERIFY(scanLocalModels(storeRoots(homeOnly(m_fixture.home)), options).empty());
    // A budget of a few entries ends the walk early without an error.
    ScanOptions tiny;
    tiny.max_entries_per_store = 3;
    QVERIFY(scanLocalModels(storeRoots(homeOnly(m_fixture.home)), tiny).size() < m_all.size());
}

void TestLocalModels::findLocalModel_acceptsOllamaShortNames() {
    QCOMPARE(findLocalModel(m_all, "qwen3:30b-a3b")->name, std::string("qwen3:30b-a3b"));
    QCOMPARE(findLocalModel(m_all, "qwen3")->name, std::string("qwen3:latest"));
    QCOMPARE(findLocalModel(m_all, "registry.ollama.ai/library/qwen3:30b-a3b")->name, std::string("qwen3:30b-a3b"));
    QCOMPARE(findLocalModel(m_all, "TinyOrg/tiny-llama")->store, ModelStore::HuggingFace);
    QVERIFY(findLocalModel(m_all, "qwen3:999b") == nullptr);
    QVERIFY(findLocalModel(m_all, "") == nullptr);
}

void TestLocalModels::fitBadge_fitsTightDoesNotFit() {
    const LocalModel* tag = named(m_all, "qwen3:30b-a3b");
    QVERIFY(tag && tag->prepared);
    sizing::Scenario base;
    base.context_tokens = 4096;
    QVERIFY(!fitOnGpu(*tag, base)); // no GPU, no badge

    auto gpu = std::make_shared<sizing::GpuSpec>();
    gpu->id = "test-gpu";
    gpu->memory_bytes = std::int64_t{80} << 30;
    base.gpu = gpu;
    const auto roomy = fitOnGpu(*tag, base);
    QVERIFY(roomy);
    QCOMPARE(roomy->verdict, sizing::Verdict::Fits);
    QCOMPARE(fitBadgeId(roomy), std::string_view("fits"));

    // The load the estimator computes for this model at this context, stored Q4_K_M.
    sizing::Scenario s = fitScenario(*tag, base);
    QCOMPARE(s.precision.weights, *tag->prepared->stored_format);
    const std::int64_t needed = sizing::estimate(s).per_gpu_bytes;
    QCOMPARE(roomy->needed_bytes, needed);

    // 5 % headroom is under the 10 % that counts as comfortable: tight.
    gpu->memory_bytes = needed + needed / 20;
    const auto tight = fitOnGpu(*tag, base);
    QVERIFY(tight);
    QCOMPARE(tight->verdict, sizing::Verdict::Tight);
    QCOMPARE(fitBadgeId(tight), std::string_view("tight"));

    gpu->memory_bytes = needed / 2;
    const auto small = fitOnGpu(*tag, base);
    QVERIFY(small);
    QCOMPARE(small->verdict, sizing::Verdict::DoesNotFit);
    QCOMPARE(fitBadgeId(small), std::string_view("does_not_fit"));

    // A longer context needs more: what fit at 4096 is tight or worse at 32k on the "tight" GPU.
    gpu->memory_bytes = needed + needed / 20;
    base.context_tokens = 32768;
    QVERIFY(fitOnGpu(*tag, base)->needed_bytes > needed);

    // Broken entries have no badge.
    QVERIFY(!fitOnGpu(*named(m_all, "gone:7b"), base));
}

void TestLocalModels::sort_bySizeAndFit() {
    sizing::Scenario base;
    auto gpu = std::make_shared<sizing::GpuSpec>();
    gpu->id = "test-gpu";
    // Between the Q4_K_M and the Q8_0 tiny models' loads: one fits, the other does not.
    const LocalModel* q4 = named(m_all, "TinyOrg/tiny-GGUF/tiny-Q4_K_M.gguf");
    const LocalModel* q8 = named(m_all, "TinyOrg/tiny-GGUF/tiny-Q8_0.gguf");
    gpu->memory_bytes = std::int64_t{80} << 30;
    base.gpu = gpu;
    const std::int64_t need4 = fitOnGpu(*q4, base)->needed_bytes;
    const std::int64_t need8 = fitOnGpu(*q8, base)->needed_bytes;
    QVERIFY(need8 > need4);
    gpu->memory_bytes = need4 + (need8 - need4) / 2;
    QVERIFY(fitOnGpu(*q4, base)->verdict != sizing::Verdict::DoesNotFit);
    QCOMPARE(fitOnGpu(*q8, base)->verdict, sizing::Verdict::DoesNotFit);

    std::vector<LocalModelRow> rows = withFits(m_all, base);
    sortLocalModels(rows, LocalModelSort::Size);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QVERIFY(rows[i - 1].model.file_bytes >= rows[i].model.file_bytes);
    }
    sortLocalModels(rows, LocalModelSort::Fit);
    int last_rank = -1;
    for (const LocalModelRow& row : rows) {
        const int rank = !row.fit                                     ? 3
                         : row.fit->verdict == sizing::Verdict::Fits  ? 0
                         : row.fit->verdict == sizing::Verdict::Tight ? 1
                                                                      : 2;
        QVERIFY(rank >= last_rank);
        last_rank = rank;
    }
    QVERIFY(rows.front().fit); // a badge first
    QVERIFY(!rows.back().fit); // broken entries (no badge) last
    const auto position = [&](const std::string& name) {
        return std::find_if(rows.begin(), rows.end(), [&](const LocalModelRow& r) { return r.model.name == name; }) -
               rows.begin();
    };
    QVERIFY(position(q4->name) < position(q8->name));
    QCOMPARE(rows.back().model.status, LocalModelStatus::Broken);
    sortLocalModels(rows, LocalModelSort::Name);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QVERIFY(rows[i - 1].model.name <= rows[i].model.name);
    }
    QCOMPARE(localModelSortFromId("fit"), std::optional<LocalModelSort>(LocalModelSort::Fit));
    QVERIFY(!localModelSortFromId("weight"));
}

QTEST_GUILESS_MAIN(TestLocalModels)
#include "test_local_models.moc"
