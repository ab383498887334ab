#include "cli/Cli.h"

int main(int argc, char **argv)
{
    return as::cli::main(argc, argv);
}
