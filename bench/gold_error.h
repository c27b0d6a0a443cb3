// The error of the gold-set evaluators (eval-metadata, eval-body): a gold file or a page named on
// the command line that cannot be read. Their numbers would be wrong, so scoring stops, and the
// tools exit with 2 (bench/evaluator_cli.h).
#pragma once

#include "common/error.h"

namespace news {

class GoldError : public Error {
 public:
  using Error::Error;
};

}  // namespace news
