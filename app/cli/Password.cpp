#include "cli/Password.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace as::cli {

QString readPassword(const char *envVar, const QString &prompt, bool *found)
{
    *found = false;
    if (envVar && !qEnvironmentVariableIsEmpty(envVar)) {
        *found = true;
        return qEnvironmentVariable(envVar);
    }
    std::string line;
    if (isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        const bool ok = bool(std::getline(std::cin, line));
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
        if (!ok)
            return {};
    } else if (!std::getline(std::cin, line)) {
        return {};
    }
    *found = true;
    return QString::fromStdString(line);
}

} // namespace as::cli
