#include "shell/GuiApp.h"

int main(int argc, char **argv)
{
    return as::runGui(argc, argv);
}
