// fitscope: the desktop application. Everything lives in the fitscope_gui library.
#include "application.h"

int main(int argc, char** argv) {
    return fitscope::gui::runApplication(argc, argv);
}
