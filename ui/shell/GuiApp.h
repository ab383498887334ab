#pragma once

namespace as {

// Start the GUI: options --db PATH|URL, --shared, --lang zh_CN|zh_TW|en, --smoke.
int runGui(int argc, char **argv);

} // namespace as
