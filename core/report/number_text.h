#pragma once

#include <string>

namespace fitscope::report {

// value with exactly `decimals` digits after a '.', whatever the C locale says: QCoreApplication
// sets the C locale from the environment, and a CSV or JSON file written under de_DE must still
// read "13.35", not "13,35".
std::string fixedDecimals(double value, int decimals);

} // namespace fitscope::report
