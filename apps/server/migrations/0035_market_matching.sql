-- 技术交易市场 (market), third part: matching needs with achievements. Each achievement carries the jieba tokens of
-- its text as a weighted tsvector (A title and keywords, B summary, C maturity evidence; built by the app, which
-- segments Chinese), with its token count for BM25's length normalisation; the synonym table widens a need's
-- words (administrators edit it).

ALTER TABLE market_achievements
  ADD COLUMN match_vector tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN match_length integer NOT NULL DEFAULT 0 CHECK (match_length >= 0);
CREATE INDEX market_achievements_match ON market_achievements USING gin (match_vector) WHERE status = 'published';

-- A group of words that mean the same in the market's texts (光伏 / 太阳能): a need's word finds achievements with
-- any word of its group.
CREATE TABLE market_synonyms (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  terms       text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
  note        text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  updated_by  bigint REFERENCES users (id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO market_synonyms (terms, note) VALUES
  ('{光伏,太阳能}', '光伏'),
  ('{光伏组件,太阳能组件,太阳能电池板}', '光伏组件'),
  ('{光伏电池,太阳能电池,电池片}', '光伏电池'),
  ('{转换效率,光电转换效率,效率}', '效率'),
  ('{碳纤维,炭纤维}', '碳纤维'),
  ('{炭基,碳基}', '炭基'),
  ('{负极,负极材料}', '负极'),
  ('{锂电池,锂离子电池,锂电}', '锂电池'),
  ('{储能,储电}', '储能'),
  ('{缺陷检测,缺陷识别,瑕疵检测}', '缺陷检测'),
  ('{机器视觉,视觉检测,图像识别,图像分析}', '机器视觉'),
  ('{agv,自动导引车,搬运机器人}', 'AGV'),
  ('{导航,定位}', '导航定位'),
  ('{废水,污水}', '废水'),
  ('{提纯,精制,纯化}', '提纯'),
  ('{提取,萃取}', '提取'),
  ('{无人机,uav}', '无人机'),
  ('{巡检,巡视}', '巡检'),
  ('{故障诊断,故障预警,故障识别}', '故障诊断'),
  ('{预测性维护,预测维护}', '预测性维护'),
  ('{热管理,散热}', '热管理'),
  ('{运维,维护}', '运维'),
  ('{清洗,清扫}', '清洗'),
  ('{煤矸石,矸石}', '煤矸石'),
  ('{零排放,回用}', '废水回用'),
  ('{电液控制,电液控}', '电液控制');
