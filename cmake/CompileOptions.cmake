# One interface target carries the compile options shared by every target.
add_library(aftersales_options INTERFACE)
target_compile_features(aftersales_options INTERFACE cxx_std_17)
set_target_properties(aftersales_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(aftersales_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(aftersales_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    AFTERSALES_VERSION="${PROJECT_VERSION}")

if(AFTERSALES_TEST_BUILD)
    target_compile_options(aftersales_options INTERFACE
        -Werror -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(aftersales_options INTERFACE -fsanitize=address,undefined)
endif()
