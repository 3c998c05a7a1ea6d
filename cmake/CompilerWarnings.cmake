# planner_warnings: the warning set every project target builds with (third-party code excluded).
add_library(planner_warnings INTERFACE)
target_compile_options(planner_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
  -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
