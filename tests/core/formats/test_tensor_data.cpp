// readTensorAsFloat: reads one tensor's data (bounded) and dequantizes GGUF blocks as ggml does.
// Expected values are computed here from the block layouts in quant-formats.md §1.1, written out
// element by element rather than with the reader's loops.
#include "core/formats/ggml_dequantize.h"
#include "core/formats/hf_config.h"
#include "core/formats/model_file_data.h"
#include "test_file_writers.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>

using namespace fitscope;
using namespace fitscope::formats;
using fitscope::testing::Bytes;
using fitscope::testing::GgufWriter;

namespace {

std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const FormatError& error) {
        return error.what();
    }
    return "NO ERROR";
}

// Exact halves used below.
constexpr std::uint16_t k_half_one = 0x3C00;     // 1.0
constexpr std::uint16_t k_half_half = 0x3800;    // 0.5
constexpr std::uint16_t k_half_two = 0x4000;     // 2.0
constexpr std::uint16_t k_half_quarter = 0x3400; // 0.25

} // namespace

class TestTensorData : public QObject {
    Q_OBJECT

private slots:
    void halfAndBfloat16_conversions();
    void safetensors_f32F16Bf16();
    void gguf_f32AndF16();
    void gguf_q8_0();
    void gguf_q4_0_nibbleOrder();
    void gguf_q4_K();
    void gguf_q6_K();
    void limits_unsupportedAndMissing();

private:
    QTemporaryDir m_dir;
    std::filesystem::path path(const char* name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }
};

void TestTensorData::halfAndBfloat16_conversions() {
    QCOMPARE(halfToFloat(k_half_one), 1.0f);
    QCOMPARE(halfToFloat(0xC000), -2.0f);
    QCOMPARE(halfToFloat(0x7BFF), 65504.0f);
    QCOMPARE(halfToFloat(0x0001), std::ldexp(1.0f, -24));
    QVERIFY(std::isinf(halfToFloat(0x7C00)));
    QVERIFY(std::isnan(halfToFloat(0x7E00)));
    QCOMPARE(bfloat16ToFloat(0x3F80), 1.0f);
    QCOMPARE(bfloat16ToFloat(0xC040), -3.0f);
}

void TestTensorData::safetensors_f32F16Bf16() {
    Bytes f32;
    for (int i = 0; i < 6; ++i) {
        f32.f32(static_cast<float>(i) - 2.5f);
    }
    Bytes f16;
    for (const std::uint16_t h : {k_half_one, k_half_half, k_half_two, std::uint16_t(0xC000)}) {
        f16.u16(h);
    }
    Bytes bf16;
    bf16.u16(0x3F80);
    bf16.u16(0xC040);
    fitscope::testing::writeFile(path("t.safetensors"), fitscope::testing::safetensorsFile({
                                                            {"a", "F32", {2, 3}, f32.data()},
                                                            {"b", "F16", {4}, f16.data()},
                                                            {"c", "BF16", {2, 1}, bf16.data()},
                                                            {"d", "I32", {1}, {}},
                                                        }));
    const FloatTensor a = readTensorAsFloat(path("t.safetensors"), "a");
    QCOMPARE(a.rows, std::int64_t{2});
    QCOMPARE(a.cols, std::int64_t{3});
    QCOMPARE(a.values, (std::vector<float>{-2.5f, -1.5f, -0.5f, 0.5f, 1.5f, 2.5f}));
    const FloatTensor b = readTensorAsFloat(path("t.safetensors"), "b");
    QCOMPARE(b.rows, std::int64_t{1});
    QCOMPARE(b.values, (std::vector<float>{1.0f, 0.5f, 2.0f, -2.0f}));
    const FloatTensor c = readTensorAsFloat(path("t.safetensors"), "c");
    QCOMPARE(c.rows, std::int64_t{2});
    QCOMPARE(c.values, (std::vector<float>{1.0f, -3.0f}));
    QVERIFY(errorOf([&] { readTensorAsFloat(path("t.safetensors"), "d"); }).find("only F32, F16 and BF16") !=
            std::string::npos);
    const auto list = listTensors(path("t.safetensors"));
    QCOMPARE(list.size(), std::size_t{4});
    QVERIFY(canReadAsFloat(list[0], ModelFileFormat::Safetensors));
    QVERIFY(!canReadAsFloat(list[3], ModelFileFormat::Safetensors));
}

void TestTensorData::gguf_f32AndF16() {
    Bytes f32;
    for (int i = 0; i < 8; ++i) {
        f32.f32(static_cast<float>(i));
    }
    Bytes f16;
    for (int i = 0; i < 4; ++i) {
        f16.u16(k_half_quarter);
    }
    GgufWriter w;
    w.str("general.architecture", "llama");
    w.tensor("a", {4, 2}, 0, f32.data());
    w.tensor("b", {2, 2}, 1, f16.data());
    w.write(path("f.gguf"));
    const FloatTensor a = readTensorAsFloat(path("f.gguf"), "a");
    QCOMPARE(a.cols, std::int64_t{4}); // ne0 is the row length
    QCOMPARE(a.rows, std::int64_t{2});
    QCOMPARE(a.values[7], 7.0f);
    QCOMPARE(readTensorAsFloat(path("f.gguf"), "b").values, (std::vector<float>(4, 0.25f)));
}

void TestTensorData::gguf_q8_0() {
    // block_q8_0: half d; int8 qs[32]. value = q · d.
    Bytes b;
    b.u16(k_half_half);
    for (int j = 0; j < 32; ++j) {
        b.u8(static_cast<std::uint8_t>(static_cast<std::int8_t>(j - 16)));
    }
    b.u16(k_half_two);
    for (int j = 0; j < 32; ++j) {
        b.u8(static_cast<std::uint8_t>(static_cast<std::int8_t>(j == 0 ? -128 : 127)));
    }
    GgufWriter w;
    w.tensor("q", {64}, 8, b.data());
    w.write(path("q8.gguf"));
    const FloatTensor t = readTensorAsFloat(path("q8.gguf"), "q");
    QCOMPARE(t.values.size(), std::size_t{64});
    for (int j = 0; j < 32; ++j) {
        QCOMPARE(t.values[static_cast<std::size_t>(j)], static_cast<float>(j - 16) * 0.5f);
    }
    QCOMPARE(t.values[32], -256.0f);
    QCOMPARE(t.values[33], 254.0f);
}

void TestTensorData::gguf_q4_0_nibbleOrder() {
    // block_q4_0: half d; qs[16]; element j is the low nibble of qs[j], element j+16 the high one.
    Bytes b;
    b.u16(k_half_two);
    for (int j = 0; j < 16; ++j) {
        b.u8(static_cast<std::uint8_t>((j & 0xF) | ((15 - j) << 4)));
    }
    GgufWriter w;
    w.tensor("q", {32}, 2, b.data());
    w.write(path("q4.gguf"));
    const FloatTensor t = readTensorAsFloat(path("q4.gguf"), "q");
    for (int j = 0; j < 16; ++j) {
        QCOMPARE(t.values[static_cast<std::size_t>(j)], static_cast<float>(j - 8) * 2.0f);
        QCOMPARE(t.values[static_cast<std::size_t>(j + 16)], static_cast<float>(15 - j - 8) * 2.0f);
    }
}

void TestTensorData::gguf_q4_K() {
    // block_q4_K: half d, half dmin, scales[12], qs[128]. Eight sub-blocks of 32; sub-block s uses a
    // 6-bit scale sc[s] and min m[s]: value = d·sc·q − dmin·m. Packing (get_scale_min_k4):
    // bytes 0-3 hold sc[0..3] (low 6 bits), bytes 4-7 m[0..3], bytes 8-11 sc[4..7] | m[4..7] << 4 (low
    // nibbles) with their high 2 bits in the top bits of bytes 0-3 / 4-7.
    const int sc[8] = {1, 2, 3, 4, 21, 22, 23, 24}; // 21.. need the high bits
    const int mn[8] = {0, 2, 4, 6, 17, 10, 12, 14};
    std::uint8_t scales[12] = {};
    for (int j = 0; j < 4; ++j) {
        scales[j] = static_cast<std::uint8_t>(sc[j] | ((sc[j + 4] >> 4) << 6));
        scales[j + 4] = static_cast<std::uint8_t>(mn[j] | ((mn[j + 4] >> 4) << 6));
        scales[j + 8] = static_cast<std::uint8_t>((sc[j + 4] & 0xF) | ((mn[j + 4] & 0xF) << 4));
    }
    Bytes b;
    b.u16(k_half_one);
    b.u16(k_half_half);
    for (const std::uint8_t s : scales) {
        b.u8(s);
    }
    // 64-value chunk c: byte qs[32c + l] holds value 64c + l (low nibble) and 64c + 32 + l (high).
    for (int i = 0; i < 128; ++i) {
        b.u8(static_cast<std::uint8_t>((i % 16) | (((i / 8) % 16) << 4)));
    }
    GgufWriter w;
    w.tensor("k", {256}, 12, b.data());
    w.write(path("q4k.gguf"));
    const FloatTensor t = readTensorAsFloat(path("q4k.gguf"), "k");
    for (int e = 0; e < 256; ++e) {
        const int chunk = e / 64;
        const bool high = (e % 64) >= 32;
        const int l = e % 32;
        const int byte = 32 * chunk + l;
        const int q = high ? ((byte / 8) % 16) : (byte % 16);
        const int s = 2 * chunk + (high ? 1 : 0);
        const float expected =
            1.0f * static_cast<float>(sc[s]) * static_cast<float>(q) - 0.5f * static_cast<float>(mn[s]);
        QCOMPARE(t.values[static_cast<std::size_t>(e)], expected);
    }
}

void TestTensorData::gguf_q6_K() {
    // block_q6_K: ql[128], qh[64], int8 scales[16], half d. Element e: half h = e / 128, r = e % 128,
    // quarter k = r / 32, l = r % 32. Low 4 bits: ql[64h + l + 32·(k odd)], low nibble for k < 2, high
    // for k ≥ 2; high 2 bits: qh[32h + l] >> 2k. Stored q − 32; scale index 8h + l / 16 + 2k.
    std::uint8_t ql[128];
    std::uint8_t qh[64];
    std::int8_t scales[16];
    for (int i = 0; i < 128; ++i) {
        ql[i] = static_cast<std::uint8_t>((i * 7) & 0xFF);
    }
    for (int i = 0; i < 64; ++i) {
        qh[i] = static_cast<std::uint8_t>((i * 37 + 11) & 0xFF);
    }
    for (int i = 0; i < 16; ++i) {
        scales[i] = static_cast<std::int8_t>(i % 2 ? -(i + 1) : i + 1);
    }
    Bytes b;
    for (const std::uint8_t v : ql) {
        b.u8(v);
    }
    for (const std::uint8_t v : qh) {
        b.u8(v);
    }
    for (const std::int8_t v : scales) {
        b.u8(static_cast<std::uint8_t>(v));
    }
    b.u16(k_half_quarter);
    GgufWriter w;
    w.tensor("k", {256}, 14, b.data());
    w.write(path("q6k.gguf"));
    const FloatTensor t = readTensorAsFloat(path("q6k.gguf"), "k");
    for (int e = 0; e < 256; ++e) {
        const int h = e / 128, r = e % 128, k = r / 32, l = r % 32;
        const std::uint8_t low_byte = ql[64 * h + l + ((k % 2) ? 32 : 0)];
        const int low = k < 2 ? (low_byte & 0xF) : (low_byte >> 4);
        const int high = (qh[32 * h + l] >> (2 * k)) & 3;
        const int q = (low | (high << 4)) - 32;
        const float expected = 0.25f * static_cast<float>(scales[8 * h + l / 16 + 2 * k]) * static_cast<float>(q);
        QCOMPARE(t.values[static_cast<std::size_t>(e)], expected);
    }
}

void TestTensorData::limits_unsupportedAndMissing() {
    GgufWriter w;
    w.tensor("big", {256, 16}, 0);
    w.tensor("q2k", {256}, 10);
    w.write(path("lim.gguf"));
    QVERIFY(errorOf([&] { readTensorAsFloat(path("lim.gguf"), "big", 1000); }).find("more than the limit") !=
            std::string::npos);
    QCOMPARE(readTensorAsFloat(path("lim.gguf"), "big", 4096).values.size(), std::size_t{4096});
    QVERIFY(errorOf([&] { readTensorAsFloat(path("lim.gguf"), "q2k"); }).find("Q2_K") != std::string::npos);
    QVERIFY(errorOf([&] { readTensorAsFloat(path("lim.gguf"), "nope"); }).find("no tensor named 'nope'") !=
            std::string::npos);
}

QTEST_GUILESS_MAIN(TestTensorData)
#include "test_tensor_data.moc"
