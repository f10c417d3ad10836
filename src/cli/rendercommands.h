#pragma once

namespace vpnwb {

class CliContext;

// vpnwb render ENGAGEMENT [--vendor V] [--device D] [--style S] [--removal] --out DIR:
// one configuration file per device of the engagement's design.
int runRender(CliContext &c);
// vpnwb render-golden DIR: renders DIR/design.json with every renderer into
// DIR/<vendor>/, for review (the golden files of tests/golden/renderers).
int runRenderGolden(CliContext &c);
// vpnwb diff RUNNING_FILE INTENDED_FILE --vendor V: the hierarchical difference.
int runDiff(CliContext &c);
// vpnwb renderers: the renderer plugins found, and those skipped with the reason.
int runRenderers(CliContext &c);

} // namespace vpnwb
