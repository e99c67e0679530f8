#pragma once

#include <QString>

#include <cstdint>

namespace fitscope::hub {

// Where and how the hub client talks to a hub, and where it keeps what it fetched. fromEnvironment
// reads the variables the Hugging Face tools read, so a user's setup works unchanged.
struct HubOptions {
    QString endpoint = QStringLiteral("https://huggingface.co"); // HF_ENDPOINT: a mirror or a private hub
    QString token;        // HF_TOKEN, else the token file the Hugging Face CLI writes
    QString token_source; // where the token came from, for messages ("HF_TOKEN", a file path)
    bool offline = false; // HF_HUB_OFFLINE: only the cache, never the network
    QString cache_dir;    // FITSCOPE_HUB_CACHE, else <user cache>/fitscope/hub
    std::int64_t cache_max_bytes = std::int64_t{512} << 20; // oldest revisions are evicted beyond this
    int connect_timeout_ms = 15000;                         // until the first byte of an answer
    int stall_timeout_ms = 30000;                           // between two bytes of an answer
    int max_redirects = 10; // the Hub sends one (resolve -> CDN); more is a loop or a misconfiguration
    bool use_system_proxy = true;

    // HF_ENDPOINT, HF_TOKEN / HF_TOKEN_PATH / HF_HOME / XDG_CACHE_HOME, HF_HUB_OFFLINE,
    // FITSCOPE_HUB_CACHE and FITSCOPE_HUB_TIMEOUT_MS (both timeouts, for tests and slow links).
    static HubOptions fromEnvironment();
};

// The default cache folder: <XDG cache or the platform's cache>/fitscope/hub.
QString defaultHubCacheDir();

// The token as the Hugging Face tools find it: HF_TOKEN, else the file HF_TOKEN_PATH, else
// $HF_HOME/token, else $XDG_CACHE_HOME/huggingface/token, else ~/.cache/huggingface/token
// (huggingface_hub constants.py). Empty when there is none; source says where it came from.
QString findHubToken(QString* source = nullptr);

// True for the values huggingface_hub treats as "on" (utils/_runtime.py _is_true: 1, ON, YES, TRUE).
bool environmentFlagIsOn(const char* name);

} // namespace fitscope::hub
