#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fitscope::hub {

// Why a Hugging Face id could not be opened. what() is one sentence a user can act on (never a bare
// HTTP status): the model is gated, the host cannot be found, the cache does not hold it, ...
class HubError : public std::runtime_error {
public:
    enum class Kind {
        BadId,      // not ORG/NAME[@REVISION]
        Network,    // DNS, refused connection, TLS, proxy
        Timeout,    // no answer, or the transfer stalled
        Access,     // gated, private, or a token without access
        NotFound,   // no such model, revision or file
        Protocol,   // an answer that is not what a hub sends (garbage, redirect loop, no range support)
        Format,     // a file's header is malformed or beyond the readers' limits
        NotInCache, // offline, and the cache does not hold what is needed
        ChooseFile, // a GGUF repository with several models: the caller must name one
        Cancelled,
    };

    HubError(Kind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind) {}

    Kind kind() const { return m_kind; }
    // ChooseFile: the repository paths of the GGUF models to choose from, so a dialog can list them.
    const std::vector<std::string>& choices() const { return m_choices; }
    HubError& withChoices(std::vector<std::string> choices) {
        m_choices = std::move(choices);
        return *this;
    }

private:
    Kind m_kind;
    std::vector<std::string> m_choices;
};

} // namespace fitscope::hub
