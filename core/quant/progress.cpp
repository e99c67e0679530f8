#include "progress.h"

#include "tensor.h"

namespace fitscope::quant {

void Control::throwIfCancelled() const {
    if (cancelled()) {
        throw Cancelled();
    }
}

Control Control::sub(double begin, double end) const {
    Control child;
    child.cancel = cancel;
    if (progress) {
        ProgressFn parent = progress;
        child.progress = [parent, begin, end](double fraction) { parent(begin + (end - begin) * fraction); };
    }
    return child;
}

} // namespace fitscope::quant
