// The speaker model file format (extract/quotes/speaker_model.h): what parses, what is refused
// with a message naming the line, and that both model files in the repository load.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "common/error.h"
#include "extract/quotes/speaker_model.h"

namespace news::quotes {
namespace {

// Every feature with weight 0, then `extra` lines.
std::string model_text(const std::string& extra, bool with_threshold = true) {
  std::string text = "# a comment\n\n";
  if (with_threshold) text += "threshold 0.5\n";
  for (const auto name : kSpeakerFeatureNames) text += "weight " + std::string(name) + " 0\n";
  return text + extra;
}

TEST(SpeakerModel, ParsesWeightsAndThreshold) {
  std::string text = model_text("");
  text.replace(text.find("weight bias 0"), 13, "weight bias 2.5");
  const SpeakerModel model = SpeakerModel::parse(text);
  EXPECT_DOUBLE_EQ(model.threshold(), 0.5);
  EXPECT_DOUBLE_EQ(model.weights()[static_cast<std::size_t>(SpeakerFeature::kBias)], 2.5);
  SpeakerFeatures features{};
  features[static_cast<std::size_t>(SpeakerFeature::kBias)] = 1;
  EXPECT_GT(model.probability(features), 0.9);
  EXPECT_TRUE(model.accepts(features));
}

struct BadModel {
  const char* name;
  std::string text;
  const char* message;  // a substring of the error
};

TEST(SpeakerModel, RefusesMalformedFiles) {
  const BadModel cases[] = {
      {"unknown feature", model_text("weight shoe_size 1\n"), "unknown feature \"shoe_size\""},
      {"repeated weight", model_text("weight bias 1\n"), "\"bias\" given twice"},
      {"not a number", model_text("threshold high\n"), "\"high\" is not a number"},
      {"bad line", model_text("bias 1\n"), "expected \"weight NAME VALUE\""},
      {"no threshold", model_text("", false), "no threshold"},
      {"missing weight", "threshold 0.5\nweight bias 1\n", "no weight for"},
  };
  for (const BadModel& c : cases) {
    try {
      SpeakerModel::parse(c.text);
      ADD_FAILURE() << c.name << ": parsed";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos)
          << c.name << ": " << e.what();
    }
  }
}

TEST(SpeakerModel, LineNumbersCountBlankLines) {
  try {
    SpeakerModel::parse("threshold 0.5\n\n\nweight nope 1\n");
    FAIL() << "parsed";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("line 4"), std::string::npos) << e.what();
  }
}

// A stale model file (a feature added without retraining) fails here, not in news-index.
TEST(SpeakerModel, BothRepositoryModelsLoad) {
  EXPECT_NO_THROW(SpeakerModel::built_in());
  std::ifstream in(std::string(MODEL_DIR) + "/speaker_model_trained.txt");
  ASSERT_TRUE(in) << "extract/quotes/speaker_model_trained.txt is missing";
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_NO_THROW(SpeakerModel::parse(text.str()));
}

}  // namespace
}  // namespace news::quotes
