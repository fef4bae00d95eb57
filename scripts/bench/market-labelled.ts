import type { TechField } from '@cz/shared/market';

export type LabelledNeed = {
  /** The need as an enterprise would write it. */
  title: string;
  summary: string;
  field: TechField;
  keywords: string[];
  /** Titles of the demo achievements that answer it (exact titles from demo-market.ts). */
  relevant: string[];
  /** Worded without the achievement's own key terms (synonyms, descriptions of the problem). */
  paraphrased: boolean;
};

/**
 * A labelled set for the market's matching benchmark: technology needs (技术需求) as enterprises of the zone would
 * write them, each with the demo achievements of apps/server/src/seed/demo-market.ts that answer it.
 *
 * Hand-written and fictional (no real company or person): for each of the 80 generated topics one direct need (in the
 * topic's own words) and one paraphrased need (the same problem in other words, without the topic's distinctive
 * terms), both answered by the topic's two achievements; for each hand-written achievement one direct and one
 * paraphrased need answered by it alone. The direct needs measure recall on shared vocabulary, the paraphrased ones
 * what the match finds when the enterprise describes its problem rather than naming the technology.
 */
export const LABELLED_NEEDS: LabelledNeed[] = [
  // 电子信息 (electronics): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例光伏组件 EL 缺陷智能识别需求',
    summary:
      '示例需求：我公司组件产线每天检测上万块光伏组件，人工看 EL 图像漏检率高，需要电致发光缺陷智能识别系统，自动识别隐裂、断栅等缺陷。',
    field: 'electronics',
    keywords: ['光伏组件', 'EL检测', '缺陷识别'],
    relevant: ['示例光伏组件电致发光缺陷智能识别系统'],
    paraphrased: false,
  },
  {
    title: '示例太阳能板出厂质检照片自动判读需求',
    summary:
      '示例需求：我们生产太阳能板，出厂前拍的通电发光照片全靠质检员肉眼判读，容易看漏细小裂纹和断线，想用人工智能自动判图并分类。',
    field: 'electronics',
    keywords: ['太阳能板', '质检', '人工智能'],
    relevant: ['示例光伏组件电致发光缺陷智能识别系统'],
    paraphrased: true,
  },
  {
    title: '示例 5G 小基站射频前端模组需求',
    summary:
      '示例需求：公司开发面向园区与矿区的 5G 小基站，需要射频前端模组，集成功放、低噪放与滤波器，工作频段 3.3–3.6 GHz。',
    field: 'electronics',
    keywords: ['5G', '小基站', '射频'],
    relevant: ['示例 5G 小基站射频前端模组'],
    paraphrased: false,
  },
  {
    title: '示例矿区专网室内覆盖设备无线收发部件需求',
    summary:
      '示例需求：我们为煤矿和工厂建设新一代移动通信专网，自研的小型室内覆盖设备缺少信号放大与滤波的收发部件，想找体积小、集成度高的方案。',
    field: 'electronics',
    keywords: ['专网', '信号放大', '无线覆盖'],
    relevant: ['示例 5G 小基站射频前端模组'],
    paraphrased: true,
  },
  {
    title: '示例新能源汽车车规级功率模块封装需求',
    summary:
      '示例需求：我公司为新能源汽车配套电机控制器，需要车规级功率模块封装工艺，通过 AQG-324 可靠性考核，结温可达 175℃。',
    field: 'electronics',
    keywords: ['功率模块', '车规级', '封装'],
    relevant: ['示例车规级功率模块封装技术', '示例车规级功率模块封装方法'],
    paraphrased: false,
  },
  {
    title: '示例电动车电驱逆变单元耐冷热冲击需求',
    summary:
      '示例需求：电动汽车电驱逆变器里的半导体芯片在冷热循环下焊层开裂，想改进芯片贴装与灌胶工艺，让器件耐受上千次冷热冲击。',
    field: 'electronics',
    keywords: ['电动汽车', '可靠性', '焊层开裂'],
    relevant: ['示例车规级功率模块封装技术', '示例车规级功率模块封装方法'],
    paraphrased: true,
  },
  {
    title: '示例柔性电路板激光钻孔工艺需求',
    summary:
      '示例需求：本厂生产车载与手机柔性电路板，机械钻孔难以加工 50 微米以下微孔，需要柔性电路板激光钻孔方案，孔位精度±10 微米。',
    field: 'electronics',
    keywords: ['柔性电路板', '激光钻孔', 'FPC'],
    relevant: ['示例柔性电路板激光钻孔系统', '示例柔性电路板激光钻孔技术'],
    paraphrased: false,
  },
  {
    title: '示例软排线微小导通孔加工需求',
    summary:
      '示例需求：我们做可弯折的软排线，薄膜上要打大量直径几十微米的导通小孔，现有冲针加工毛刺多、良率低，想找非接触的高精度打孔办法。',
    field: 'electronics',
    keywords: ['软排线', '打孔', '良率'],
    relevant: ['示例柔性电路板激光钻孔系统', '示例柔性电路板激光钻孔技术'],
    paraphrased: true,
  },
  {
    title: '示例智能电表计量芯片国产化需求',
    summary:
      '示例需求：公司年产智能电表 200 万只，需要国产智能电表计量芯片及配套方案，计量精度满足 0.5S 级，降低进口依赖。',
    field: 'electronics',
    keywords: ['智能电表', '计量芯片', '国产化'],
    relevant: ['示例智能电表计量芯片方法', '示例智能电表计量芯片系统'],
    paraphrased: false,
  },
  {
    title: '示例家用电能表用电量测量元器件替代需求',
    summary:
      '示例需求：我们生产家用电能表，核心的用电量测量集成电路一直外购进口件，想换成国产方案，要求长期误差稳定在千分之五以内。',
    field: 'electronics',
    keywords: ['电能表', '用电量', '国产替代'],
    relevant: ['示例智能电表计量芯片方法', '示例智能电表计量芯片系统'],
    paraphrased: true,
  },
  {
    title: '示例矿用工业以太网交换模组开发需求',
    summary:
      '示例需求：我公司研制煤矿井下通信设备，需嵌入工业以太网交换模组，支持环网冗余，自愈时间小于 20 毫秒，工作温度 -40～85℃。',
    field: 'electronics',
    keywords: ['工业以太网', '交换模组', '环网'],
    relevant: ['示例工业以太网交换模组技术', '示例工业以太网交换模组方法'],
    paraphrased: false,
  },
  {
    title: '示例井下设备抗干扰联网板卡需求',
    summary:
      '示例需求：矿井里各类设备要接入统一网络，商用网络设备在粉尘、潮湿和强电磁干扰下常掉线，想找宽温、抗干扰、断线后能快速恢复的嵌入式板卡。',
    field: 'electronics',
    keywords: ['联网', '抗干扰', '矿井'],
    relevant: ['示例工业以太网交换模组技术', '示例工业以太网交换模组方法'],
    paraphrased: true,
  },
  {
    title: '示例非制冷红外热成像探测器应用需求',
    summary:
      '示例需求：公司开发电力设备巡检测温仪，需要非制冷红外热成像探测器及成像处理方案，测温精度±2℃，分辨率不低于 384×288。',
    field: 'electronics',
    keywords: ['红外', '热成像', '探测器'],
    relevant: ['示例红外热成像探测器系统', '示例红外热成像探测器技术'],
    paraphrased: false,
  },
  {
    title: '示例黑夜烟雾中看清发热部位的测温部件需求',
    summary:
      '示例需求：变电站和煤场需要在黑夜、烟雾中发现异常发热点，目前靠人工点测效率低，想找能把温度分布直接显示成画面的核心感温部件。',
    field: 'electronics',
    keywords: ['测温', '发热', '安全巡查'],
    relevant: ['示例红外热成像探测器系统', '示例红外热成像探测器技术'],
    paraphrased: true,
  },
  {
    title: '示例锂电池管理芯片开发需求',
    summary:
      '示例需求：我公司生产电动两轮车和储能电池包，需要锂电池管理芯片，支持 16 串电芯电压采集，采样精度±2 mV，具备均衡功能。',
    field: 'electronics',
    keywords: ['锂电池', '电池管理', 'BMS'],
    relevant: ['示例锂电池管理芯片方法', '示例锂电池管理芯片系统'],
    paraphrased: false,
  },
  {
    title: '示例电动自行车电芯过充保护需求',
    summary:
      '示例需求：电动自行车的电芯组用久了各节电压不齐，容易过充鼓包起火，想找能逐节监测电压、自动均衡并及时切断的集成控制电路。',
    field: 'electronics',
    keywords: ['电动自行车', '过充', '电芯'],
    relevant: ['示例锂电池管理芯片方法', '示例锂电池管理芯片系统'],
    paraphrased: true,
  },
  {
    title: '示例 400G 高速光模块研制需求',
    summary:
      '示例需求：公司计划进入数据中心配套市场，需要 400G 高速光模块的设计与耦合工艺，功耗低于 10 W，误码率满足行业标准。',
    field: 'electronics',
    keywords: ['光模块', '数据中心', '400G'],
    relevant: ['示例高速光模块技术', '示例高速光模块方法'],
    paraphrased: false,
  },
  {
    title: '示例数据中心光纤收发器件研制需求',
    summary:
      '示例需求：数据中心交换机之间要用光纤传输海量数据，我们想生产每秒数百吉比特的光电收发器件，重点解决激光器与光纤的对准耦合难题。',
    field: 'electronics',
    keywords: ['光纤', '收发器', '数据中心'],
    relevant: ['示例高速光模块技术', '示例高速光模块方法'],
    paraphrased: true,
  },
  {
    title: '示例物流车辆北斗定位终端需求',
    summary:
      '示例需求：公司为物流车队和农机提供管理服务，需要北斗定位终端，支持高精度定位与短报文通信，定位精度达到亚米级。',
    field: 'electronics',
    keywords: ['北斗', '定位终端', '物流'],
    relevant: ['示例北斗定位终端系统', '示例北斗定位终端技术'],
    paraphrased: false,
  },
  {
    title: '示例农机与货车作业轨迹实时掌握需求',
    summary:
      '示例需求：合作社的农机和货车分散在各处作业，想给每台车装个小盒子，随时知道车在哪、走过哪些路，在没有手机信号的山区也能报位置。',
    field: 'electronics',
    keywords: ['农机', '轨迹', '车辆管理'],
    relevant: ['示例北斗定位终端系统', '示例北斗定位终端技术'],
    paraphrased: true,
  },
  {
    title: '示例工厂边缘计算网关部署需求',
    summary:
      '示例需求：本厂有百余台数控设备，需要边缘计算网关在现场完成数据采集与预处理，支持 Modbus、OPC UA 协议，本地响应小于 50 毫秒。',
    field: 'electronics',
    keywords: ['边缘计算', '网关', '数据采集'],
    relevant: ['示例边缘计算网关方法', '示例边缘计算网关系统'],
    paraphrased: false,
  },
  {
    title: '示例车间设备数据就地处理后再上云需求',
    summary:
      '示例需求：车间设备产生的数据全部传到云端又慢又费流量，想在现场放一台小型处理设备，先把数据清洗、汇总并就地报警，再把结果传上去。',
    field: 'electronics',
    keywords: ['车间', '上云', '数据'],
    relevant: ['示例边缘计算网关方法', '示例边缘计算网关系统'],
    paraphrased: true,
  },
  {
    title: '示例压力传感器自动标定需求',
    summary:
      '示例需求：公司年产压力传感器 50 万只，人工标定效率低，需要压力传感器自动标定方案，支持温度补偿，标定后精度优于 0.1%FS。',
    field: 'electronics',
    keywords: ['压力传感器', '标定', '温度补偿'],
    relevant: ['示例压力传感器标定技术', '示例压力传感器标定方法'],
    paraphrased: false,
  },
  {
    title: '示例气压液压测量元件出厂校准提效需求',
    summary:
      '示例需求：我们生产测量气体和液体压强的敏感元件，出厂前逐只人工校准耗时长，想用自动化装置在不同温度下批量校正，误差控制在千分之一以内。',
    field: 'electronics',
    keywords: ['校准', '出厂检验', '自动化'],
    relevant: ['示例压力传感器标定技术', '示例压力传感器标定方法'],
    paraphrased: true,
  },
  // 生物与新医药 (biomedicine): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例连翘有效成分提取工艺需求',
    summary:
      '示例需求：我公司在太行山区有连翘种植基地，需要连翘酯苷与连翘苷的提取工艺，得率比传统水提醇沉提高 30% 以上。',
    field: 'biomedicine',
    keywords: ['连翘', '提取工艺', '中药材'],
    relevant: ['示例中药材连翘有效成分提取工艺'],
    paraphrased: false,
  },
  {
    title: '示例太行山清热药用果实深加工需求',
    summary:
      '示例需求：太行山区盛产一种早春开黄花、果实可入药的清热解毒灌木，我们想从其果实中高效分离主要药用成分，收率比传统工艺多出三成。',
    field: 'biomedicine',
    keywords: ['太行山', '清热解毒', '深加工'],
    relevant: ['示例中药材连翘有效成分提取工艺'],
    paraphrased: true,
  },
  {
    title: '示例党参多糖提取工艺需求',
    summary:
      '示例需求：我公司计划用上党地区党参开发保健产品，需要党参多糖提取与纯化工艺，多糖含量不低于 50%，可放大至吨级生产。',
    field: 'biomedicine',
    keywords: ['党参', '多糖', '提取'],
    relevant: ['示例党参多糖提取系统', '示例党参多糖提取技术'],
    paraphrased: false,
  },
  {
    title: '示例道地补气药材免疫活性成分规模化获取需求',
    summary:
      '示例需求：长治本地出产的道地补气药材种植面积大但深加工不足，想从其根部高效分离有增强免疫作用的糖类活性物质，做成保健原料。',
    field: 'biomedicine',
    keywords: ['道地药材', '保健原料', '免疫'],
    relevant: ['示例党参多糖提取系统', '示例党参多糖提取技术'],
    paraphrased: true,
  },
  {
    title: '示例黄芩苷高纯度纯化需求',
    summary:
      '示例需求：公司有黄芩种植与初加工基地，需要黄芩苷纯化工艺，将纯度从 85% 提升至 98% 以上，满足注射剂原料要求，溶剂可回收。',
    field: 'biomedicine',
    keywords: ['黄芩', '黄芩苷', '纯化'],
    relevant: ['示例黄芩苷纯化方法', '示例黄芩苷纯化系统'],
    paraphrased: false,
  },
  {
    title: '示例清热燥湿类草药黄酮成分精制需求',
    summary:
      '示例需求：我们从一种常用清热燥湿草药的根中制得黄酮粗品，但杂质多、颜色深，想找到把它精制到药用级别的工艺，同时减少有机溶剂用量。',
    field: 'biomedicine',
    keywords: ['草药', '黄酮', '精制'],
    relevant: ['示例黄芩苷纯化方法', '示例黄芩苷纯化系统'],
    paraphrased: true,
  },
  {
    title: '示例医用敷料抗菌涂层开发需求',
    summary:
      '示例需求：我公司生产医用纱布与伤口敷贴，需要医用敷料抗菌涂层技术，对金黄色葡萄球菌抑菌率达 99%，不含抗生素、不刺激皮肤。',
    field: 'biomedicine',
    keywords: ['医用敷料', '抗菌', '涂层'],
    relevant: ['示例医用敷料抗菌涂层技术', '示例医用敷料抗菌涂层方法'],
    paraphrased: false,
  },
  {
    title: '示例伤口护理纱布防感染处理需求',
    summary:
      '示例需求：医院反馈我们的伤口纱布和贴片在换药间隔内容易滋生细菌引起感染，想在产品表面加一层能持续杀菌又对皮肤温和的处理。',
    field: 'biomedicine',
    keywords: ['纱布', '防感染', '伤口护理'],
    relevant: ['示例医用敷料抗菌涂层技术', '示例医用敷料抗菌涂层方法'],
    paraphrased: true,
  },
  {
    title: '示例动物疫苗佐剂研发需求',
    summary:
      '示例需求：公司生产猪、禽用灭活疫苗，需要新型动物疫苗佐剂，提高免疫应答水平并减轻注射部位反应，产品稳定期不少于 18 个月。',
    field: 'biomedicine',
    keywords: ['动物疫苗', '佐剂', '兽用生物制品'],
    relevant: ['示例动物疫苗佐剂系统', '示例动物疫苗佐剂技术'],
    paraphrased: false,
  },
  {
    title: '示例畜禽防疫针剂免疫效果增强需求',
    summary:
      '示例需求：养殖户反映我们给猪和鸡打的防疫针保护期短、打针部位易红肿，想找一种添加到针剂中的增效成分，让免疫力更强更持久。',
    field: 'biomedicine',
    keywords: ['畜禽', '防疫', '养殖'],
    relevant: ['示例动物疫苗佐剂系统', '示例动物疫苗佐剂技术'],
    paraphrased: true,
  },
  {
    title: '示例中药配方颗粒质量控制需求',
    summary:
      '示例需求：我公司取得中药配方颗粒生产备案，需要建立质量控制体系，包括特征图谱与含量测定方法，批间一致性满足国家标准。',
    field: 'biomedicine',
    keywords: ['配方颗粒', '质量控制', '特征图谱'],
    relevant: ['示例中药配方颗粒质量控制方法', '示例中药配方颗粒质量控制系统'],
    paraphrased: false,
  },
  {
    title: '示例免煎饮片冲剂批次一致性保证需求',
    summary:
      '示例需求：我们生产冲水即服的免煎饮片冲剂，不同批次药效成分含量波动大，想建立从药材到成品的检验办法，保证每批产品都一样可靠。',
    field: 'biomedicine',
    keywords: ['免煎', '冲剂', '批次稳定'],
    relevant: ['示例中药配方颗粒质量控制方法', '示例中药配方颗粒质量控制系统'],
    paraphrased: true,
  },
  {
    title: '示例体外诊断试剂冻干工艺需求',
    summary:
      '示例需求：公司生产分子检测试剂盒，需要体外诊断试剂冻干工艺，实现常温运输储存，冻干后活性保持 95% 以上，有效期两年。',
    field: 'biomedicine',
    keywords: ['体外诊断', '冻干', '试剂'],
    relevant: ['示例体外诊断试剂冻干技术', '示例体外诊断试剂冻干方法'],
    paraphrased: false,
  },
  {
    title: '示例核酸检测盒摆脱冷链运输需求',
    summary:
      '示例需求：我们的核酸检测盒现在必须低温冷藏运输，基层医院储存不便，想把其中的液体成分做成干粉状态，常温放置两年仍然有效。',
    field: 'biomedicine',
    keywords: ['冷链', '常温保存', '检测盒'],
    relevant: ['示例体外诊断试剂冻干技术', '示例体外诊断试剂冻干方法'],
    paraphrased: true,
  },
  {
    title: '示例功能性食品微胶囊包埋需求',
    summary:
      '示例需求：我公司开发益生菌与鱼油功能性食品，需要微胶囊包埋技术，提高益生菌存活率与鱼油稳定性，货架期延长至 18 个月。',
    field: 'biomedicine',
    keywords: ['功能性食品', '微胶囊', '包埋'],
    relevant: ['示例功能性食品微胶囊系统', '示例功能性食品微胶囊技术'],
    paraphrased: false,
  },
  {
    title: '示例保健冲饮活性成分防氧化与掩味需求',
    summary:
      '示例需求：我们的保健冲饮里添加了益生菌和深海鱼油，放置后菌活下降、油有腥味，想把这些成分用极小的保护外壳包起来，延长保质期。',
    field: 'biomedicine',
    keywords: ['益生菌', '保质期', '掩味'],
    relevant: ['示例功能性食品微胶囊系统', '示例功能性食品微胶囊技术'],
    paraphrased: true,
  },
  {
    title: '示例康复辅具步态分析需求',
    summary:
      '示例需求：公司生产下肢康复辅具，需要步态分析系统评估患者行走能力，采集步长、步频与关节角度，为辅具适配与训练提供依据。',
    field: 'biomedicine',
    keywords: ['康复辅具', '步态分析', '下肢康复'],
    relevant: ['示例康复辅具步态分析方法', '示例康复辅具步态分析系统'],
    paraphrased: false,
  },
  {
    title: '示例中风患者走路姿势量化评估需求',
    summary:
      '示例需求：理疗中心的中风和骨折术后患者需要定期评估走路姿势恢复情况，现在靠治疗师目测，想用可穿戴传感器量化记录每一步的动作。',
    field: 'biomedicine',
    keywords: ['中风', '走路姿势', '可穿戴'],
    relevant: ['示例康复辅具步态分析方法', '示例康复辅具步态分析系统'],
    paraphrased: true,
  },
  {
    title: '示例酶法制备低聚糖工艺需求',
    summary:
      '示例需求：我公司以玉米淀粉为原料，需要酶法制备低聚糖的工艺与菌种方案，低聚异麦芽糖纯度达 90% 以上，降低生产能耗。',
    field: 'biomedicine',
    keywords: ['酶法', '低聚糖', '淀粉深加工'],
    relevant: ['示例酶法制备低聚糖技术', '示例酶法制备低聚糖方法'],
    paraphrased: false,
  },
  {
    title: '示例玉米淀粉转化为益生元糖浆需求',
    summary:
      '示例需求：本地玉米淀粉加工产品附加值低，想用生物催化的方式把淀粉转成能促进肠道有益菌生长的益生元糖浆，提高纯度并降低能耗。',
    field: 'biomedicine',
    keywords: ['玉米', '益生元', '生物催化'],
    relevant: ['示例酶法制备低聚糖技术', '示例酶法制备低聚糖方法'],
    paraphrased: true,
  },
  {
    title: '示例中药材重金属快速检测需求',
    summary:
      '示例需求：公司收购本地中药材，需要重金属快速检测设备与方法，现场 15 分钟内测出铅、镉、砷、汞含量，检出限满足药典要求。',
    field: 'biomedicine',
    keywords: ['中药材', '重金属', '快速检测'],
    relevant: ['示例中药材重金属快速检测系统', '示例中药材重金属快速检测技术'],
    paraphrased: false,
  },
  {
    title: '示例收购草药时现场筛查铅镉超标需求',
    summary:
      '示例需求：我们在产地收购草药原料，送外地实验室化验有害元素要等一周，想在收购现场十几分钟内判断铅、镉、砷等是否超标。',
    field: 'biomedicine',
    keywords: ['草药', '铅镉', '现场筛查'],
    relevant: ['示例中药材重金属快速检测系统', '示例中药材重金属快速检测技术'],
    paraphrased: true,
  },
  // 航空航天 (aerospace): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例无人机高压线路巡检图像分析需求',
    summary:
      '示例需求：我公司承担输电线路运维，需要无人机巡检图像分析方法，自动识别绝缘子破损与导线异物，单张图片识别时间小于 0.5 秒。',
    field: 'aerospace',
    keywords: ['无人机', '巡检', '图像识别'],
    relevant: ['示例无人机高压线路巡检图像分析方法'],
    paraphrased: false,
  },
  {
    title: '示例输电铁塔航拍照片自动找隐患需求',
    summary:
      '示例需求：我们每次航拍输电铁塔都会拍下几万张照片，靠人工逐张查看绝缘子破损、导线挂风筝塑料布等情况，想让电脑自动找出隐患。',
    field: 'aerospace',
    keywords: ['航拍', '输电', '隐患'],
    relevant: ['示例无人机高压线路巡检图像分析方法'],
    paraphrased: true,
  },
  {
    title: '示例无人机复合材料机翼成型需求',
    summary:
      '示例需求：公司研制长航时固定翼无人机，需要无人机复合材料机翼设计与成型工艺，机翼减重 20% 以上，满足抗弯刚度要求。',
    field: 'aerospace',
    keywords: ['无人机', '复合材料', '机翼'],
    relevant: ['示例无人机复合材料机翼方法', '示例无人机复合材料机翼系统'],
    paraphrased: false,
  },
  {
    title: '示例固定翼飞行器轻量化翼面制造需求',
    summary:
      '示例需求：我们的固定翼航测飞行器续航不足，想把金属翼面换成纤维增强塑料整体成型，减轻重量的同时保证足够的抗弯刚度。',
    field: 'aerospace',
    keywords: ['轻量化', '飞行器', '续航'],
    relevant: ['示例无人机复合材料机翼方法', '示例无人机复合材料机翼系统'],
    paraphrased: true,
  },
  {
    title: '示例航空紧固件表面处理需求',
    summary:
      '示例需求：我公司为航空主机厂配套钛合金螺栓，需要航空紧固件表面处理工艺，提高耐腐蚀与抗咬死性能，盐雾试验不少于 500 小时。',
    field: 'aerospace',
    keywords: ['航空紧固件', '表面处理', '钛合金'],
    relevant: ['示例航空紧固件表面处理技术', '示例航空紧固件表面处理方法'],
    paraphrased: false,
  },
  {
    title: '示例飞机用钛螺栓防锈防咬死需求',
    summary:
      '示例需求：我们给飞机厂供应钛制螺栓螺母，客户反映拧紧时易咬死、使用中易生锈，想找一种镀覆或涂覆工艺，提升防锈和润滑性能。',
    field: 'aerospace',
    keywords: ['螺栓', '防锈', '飞机'],
    relevant: ['示例航空紧固件表面处理技术', '示例航空紧固件表面处理方法'],
    paraphrased: true,
  },
  {
    title: '示例卫星遥感农情监测服务需求',
    summary:
      '示例需求：县农业部门和种植合作社需要卫星遥感农情监测服务，按周提供作物长势、墒情与病虫害预警，覆盖 50 万亩耕地。',
    field: 'aerospace',
    keywords: ['卫星遥感', '农情监测', '作物长势'],
    relevant: ['示例卫星遥感农情监测系统', '示例卫星遥感农情监测技术'],
    paraphrased: false,
  },
  {
    title: '示例大范围庄稼长势与旱情掌握需求',
    summary:
      '示例需求：合作社种了几十万亩玉米和谷子，人工下地查看长势和旱情跟不上，想借助太空拍摄的影像每周了解各地块庄稼情况并提前预警。',
    field: 'aerospace',
    keywords: ['庄稼', '旱情', '合作社'],
    relevant: ['示例卫星遥感农情监测系统', '示例卫星遥感农情监测技术'],
    paraphrased: true,
  },
  {
    title: '示例小型涡喷发动机叶片制造需求',
    summary:
      '示例需求：公司研制靶机用小型涡喷发动机，需要涡轮叶片精密铸造与加工方案，叶片耐温 1000℃ 以上，寿命不少于 50 小时。',
    field: 'aerospace',
    keywords: ['涡喷发动机', '叶片', '精密铸造'],
    relevant: ['示例小型涡喷发动机叶片方法', '示例小型涡喷发动机叶片系统'],
    paraphrased: false,
  },
  {
    title: '示例靶机喷气动力装置高温转子部件需求',
    summary:
      '示例需求：我们为训练靶机配套微型喷气动力装置，其中高速旋转的耐高温转子部件依赖外购，想实现国产精密铸造，耐温一千度以上。',
    field: 'aerospace',
    keywords: ['靶机', '转子', '精密铸造'],
    relevant: ['示例小型涡喷发动机叶片方法', '示例小型涡喷发动机叶片系统'],
    paraphrased: true,
  },
  {
    title: '示例机载线束自动检测需求',
    summary:
      '示例需求：公司为直升机配套机载线束，需要自动化线束检测设备，检测导通、绝缘与耐压，单套线束检测时间缩短至 10 分钟。',
    field: 'aerospace',
    keywords: ['机载线束', '检测', '导通测试'],
    relevant: ['示例机载线束检测技术', '示例机载线束检测方法'],
    paraphrased: false,
  },
  {
    title: '示例飞机电缆组件通断与绝缘自动排查需求',
    summary:
      '示例需求：我们生产直升机用电缆组件，每套有上千个连接点，人工逐点查通断和绝缘要两天，想找自动排查设备，快速定位接错和破损。',
    field: 'aerospace',
    keywords: ['电缆', '绝缘', '直升机'],
    relevant: ['示例机载线束检测技术', '示例机载线束检测方法'],
    paraphrased: true,
  },
  {
    title: '示例植保无人机电池快换需求',
    summary:
      '示例需求：公司运营植保与巡检无人机，需要无人机电池快换方案，实现自动换电，换电时间小于 2 分钟，支持多机连续作业。',
    field: 'aerospace',
    keywords: ['无人机', '电池快换', '换电'],
    relevant: ['示例无人机电池快换系统', '示例无人机电池快换技术'],
    paraphrased: false,
  },
  {
    title: '示例植保飞行器落地自动更换能源包需求',
    summary:
      '示例需求：农忙时植保飞行器每飞 20 分钟就要落地人工换电源，耽误作业，想建一个起降台，飞行器落下后一两分钟内自动换上满电的储能包。',
    field: 'aerospace',
    keywords: ['植保', '起降台', '续航'],
    relevant: ['示例无人机电池快换系统', '示例无人机电池快换技术'],
    paraphrased: true,
  },
  {
    title: '示例航空铝合金热处理工艺需求',
    summary:
      '示例需求：我公司生产 7075 航空铝合金锻件，需要热处理工艺优化，减少淬火变形与残余应力，抗拉强度不低于 540 MPa。',
    field: 'aerospace',
    keywords: ['航空铝合金', '热处理', '锻件'],
    relevant: ['示例航空铝合金热处理方法', '示例航空铝合金热处理系统'],
    paraphrased: false,
  },
  {
    title: '示例飞机结构锻件淬火变形控制需求',
    summary:
      '示例需求：我们为飞机厂加工高强度轻质金属锻件，淬火和时效后变形大、内应力高，机加工时频繁开裂，想优化加热与冷却工艺。',
    field: 'aerospace',
    keywords: ['锻件', '变形', '飞机'],
    relevant: ['示例航空铝合金热处理方法', '示例航空铝合金热处理系统'],
    paraphrased: true,
  },
  {
    title: '示例飞行控制仿真平台搭建需求',
    summary:
      '示例需求：公司研发工业级无人机，需要飞行控制仿真平台，支持半实物仿真与故障注入，把飞控算法的验证周期缩短一半。',
    field: 'aerospace',
    keywords: ['飞行控制', '仿真平台', '半实物仿真'],
    relevant: ['示例飞行控制仿真平台技术', '示例飞行控制仿真平台方法'],
    paraphrased: false,
  },
  {
    title: '示例无人机自动驾驶算法地面虚拟验证需求',
    summary:
      '示例需求：我们开发无人机自动驾驶仪，新算法都靠真机试飞验证，摔机风险大、周期长，想在地面用计算机模拟飞机和环境，并接入真实硬件先行验证。',
    field: 'aerospace',
    keywords: ['试飞', '虚拟验证', '无人机'],
    relevant: ['示例飞行控制仿真平台技术', '示例飞行控制仿真平台方法'],
    paraphrased: true,
  },
  {
    title: '示例高空气象探测设备需求',
    summary:
      '示例需求：气象服务企业需要高空气象探测方案，探空仪可测温度、湿度、气压与风速，探测高度达 30 公里，数据实时回传。',
    field: 'aerospace',
    keywords: ['高空气象', '探空仪', '气象探测'],
    relevant: ['示例高空气象探测系统', '示例高空气象探测技术'],
    paraphrased: false,
  },
  {
    title: '示例随气球升空测量大气温湿风数据需求',
    summary:
      '示例需求：为提高本地冰雹和暴雨预报的准确率，我们想放飞携带传感器的气球，在上升到几十公里的过程中持续测量温度、湿度和风速并无线回传。',
    field: 'aerospace',
    keywords: ['气球', '天气预报', '大气'],
    relevant: ['示例高空气象探测系统', '示例高空气象探测技术'],
    paraphrased: true,
  },
  {
    title: '示例旋翼动平衡检测需求',
    summary:
      '示例需求：公司生产多旋翼与直升机旋翼，需要旋翼动平衡检测设备，测出不平衡量与相位，使振动降低 60%，适合外场快速使用。',
    field: 'aerospace',
    keywords: ['旋翼', '动平衡', '振动'],
    relevant: ['示例旋翼动平衡检测方法', '示例旋翼动平衡检测系统'],
    paraphrased: false,
  },
  {
    title: '示例直升机桨叶转动抖动排查需求',
    summary:
      '示例需求：我们维修的直升机和多桨飞行器桨叶转起来机身抖得厉害，想找一种外场便携设备，测出是哪片桨叶偏重、偏多少，指导加配重。',
    field: 'aerospace',
    keywords: ['桨叶', '抖动', '维修'],
    relevant: ['示例旋翼动平衡检测方法', '示例旋翼动平衡检测系统'],
    paraphrased: true,
  },
  // 新材料 (materials): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例中间相沥青基碳纤维连续纺丝需求',
    summary:
      '示例需求：我公司有煤焦油深加工产能，需要沥青基碳纤维连续纺丝工艺，以中间相沥青为原料，碳纤维拉伸模量 600 GPa 以上。',
    field: 'materials',
    keywords: ['碳纤维', '沥青', '炭基新材料'],
    relevant: ['示例沥青基碳纤维连续纺丝工艺'],
    paraphrased: false,
  },
  {
    title: '示例煤焦油重质组分制高模量增强长丝需求',
    summary:
      '示例需求：我们焦化厂的煤焦油重质组分附加值低，想把它加工成高刚度的黑色增强长丝，用于卫星结构件和高端体育器材，模量要求很高。',
    field: 'materials',
    keywords: ['煤焦油', '高模量', '增强材料'],
    relevant: ['示例沥青基碳纤维连续纺丝工艺'],
    paraphrased: true,
  },
  {
    title: '示例煤系针状焦低灰分精制需求',
    summary:
      '示例需求：我公司生产煤系针状焦，灰分偏高影响超高功率石墨电极质量，需要针状焦精制方法，灰分降至 0.05% 以下。',
    field: 'materials',
    keywords: ['针状焦', '灰分', '石墨电极'],
    relevant: ['示例煤基针状焦低灰分精制方法'],
    paraphrased: false,
  },
  {
    title: '示例电炉炼钢电极用焦炭原料除杂需求',
    summary:
      '示例需求：我们给炼钢电炉用的大规格电极提供焦炭原料，客户反映原料中无机杂质偏多导致电极易开裂，想用溶剂萃取等办法把杂质降到万分之五以下。',
    field: 'materials',
    keywords: ['炼钢', '电极', '杂质'],
    relevant: ['示例煤基针状焦低灰分精制方法'],
    paraphrased: true,
  },
  {
    title: '示例石墨烯导热膜量产需求',
    summary:
      '示例需求：公司为手机与笔记本厂商供应散热材料，需要石墨烯导热膜量产工艺，面内导热系数不低于 1500 W/(m·K)，厚度可调。',
    field: 'materials',
    keywords: ['石墨烯', '导热膜', '散热'],
    relevant: ['示例石墨烯导热膜技术', '示例石墨烯导热膜方法'],
    paraphrased: false,
  },
  {
    title: '示例手机芯片发热快速均温薄片需求',
    summary:
      '示例需求：客户的手机和平板芯片发热集中，局部过烫降频，想找一种超薄、柔软的碳质薄片贴在机壳内，把热量迅速摊开，传热能力远超铜箔。',
    field: 'materials',
    keywords: ['散热', '手机', '均温'],
    relevant: ['示例石墨烯导热膜技术', '示例石墨烯导热膜方法'],
    paraphrased: true,
  },
  {
    title: '示例煤基活性炭制备需求',
    summary:
      '示例需求：我公司依托本地无烟煤资源，需要煤基活性炭制备工艺，碘吸附值不低于 1000 mg/g，用于水处理和烟气净化。',
    field: 'materials',
    keywords: ['煤基活性炭', '无烟煤', '吸附'],
    relevant: ['示例煤基活性炭系统', '示例煤基活性炭技术'],
    paraphrased: false,
  },
  {
    title: '示例本地无烟煤制成吸附净化材料需求',
    summary:
      '示例需求：我们手上有大量优质无烟煤，直接卖附加值低，想把它加工成孔隙发达的吸附净化材料，用于自来水厂除味和电厂烟气净化。',
    field: 'materials',
    keywords: ['无烟煤', '吸附', '净化'],
    relevant: ['示例煤基活性炭系统', '示例煤基活性炭技术'],
    paraphrased: true,
  },
  {
    title: '示例碳化硅单晶生长工艺需求',
    summary:
      '示例需求：公司建设第三代半导体衬底产线，需要 6 英寸碳化硅单晶生长工艺与长晶炉控制方案，微管密度小于 1 个/cm²。',
    field: 'materials',
    keywords: ['碳化硅', '单晶', '衬底'],
    relevant: ['示例碳化硅单晶生长方法', '示例碳化硅单晶生长系统'],
    paraphrased: false,
  },
  {
    title: '示例第三代半导体衬底晶锭良率提升需求',
    summary:
      '示例需求：我们用物理气相传输法长第三代半导体晶锭，多型夹杂和微管缺陷多，6 英寸晶锭良率不足三成，想优化温场和工艺控制。',
    field: 'materials',
    keywords: ['半导体', '晶锭', '良率'],
    relevant: ['示例碳化硅单晶生长方法', '示例碳化硅单晶生长系统'],
    paraphrased: true,
  },
  {
    title: '示例光伏坩埚用高纯石英砂提纯需求',
    summary:
      '示例需求：我公司为光伏坩埚厂配套原料，需要高纯石英砂提纯工艺，二氧化硅纯度达 99.998%，铁、铝等杂质含量显著降低。',
    field: 'materials',
    keywords: ['高纯石英砂', '提纯', '光伏坩埚'],
    relevant: ['示例高纯石英砂提纯技术', '示例高纯石英砂提纯方法'],
    paraphrased: false,
  },
  {
    title: '示例拉晶坩埚用硅质原料去杂质需求',
    summary:
      '示例需求：单晶拉制用坩埚对原料纯度要求极高，我们本地产的硅质矿石含铁铝杂质偏多，想通过浮选、酸浸等手段把杂质降到十万分之二以下。',
    field: 'materials',
    keywords: ['坩埚', '去杂质', '矿石'],
    relevant: ['示例高纯石英砂提纯技术', '示例高纯石英砂提纯方法'],
    paraphrased: true,
  },
  {
    title: '示例特种陶瓷粉体制备需求',
    summary:
      '示例需求：公司生产氧化铝和氮化硅结构件，需要特种陶瓷粉体制备方案，粒径 D50 小于 0.5 μm，团聚少、烧结活性高。',
    field: 'materials',
    keywords: ['特种陶瓷', '粉体', '氮化硅'],
    relevant: ['示例特种陶瓷粉体系统', '示例特种陶瓷粉体技术'],
    paraphrased: false,
  },
  {
    title: '示例高性能瓷件用超细原料粒度控制需求',
    summary:
      '示例需求：我们烧制耐磨耐高温的氮化硅、氧化铝瓷件，外购的超细原料颗粒大小不均、易结块，导致产品密度不够，想自主生产亚微米级原料。',
    field: 'materials',
    keywords: ['瓷件', '超细', '烧结'],
    relevant: ['示例特种陶瓷粉体系统', '示例特种陶瓷粉体技术'],
    paraphrased: true,
  },
  {
    title: '示例纳米碳酸钙表面改性需求',
    summary:
      '示例需求：我公司年产纳米碳酸钙 3 万吨，需要纳米碳酸钙改性工艺，提高在塑料与橡胶中的分散性，吸油值下降 20%。',
    field: 'materials',
    keywords: ['纳米碳酸钙', '改性', '填料'],
    relevant: ['示例纳米碳酸钙改性方法', '示例纳米碳酸钙改性系统'],
    paraphrased: false,
  },
  {
    title: '示例石灰石超细填料在塑料中分散性提升需求',
    summary:
      '示例需求：我们用本地石灰石生产超细白色填料，加到塑料和橡胶中容易结团、力学性能下降，想对颗粒表面进行包覆处理，改善相容和分散。',
    field: 'materials',
    keywords: ['石灰石', '填料', '分散'],
    relevant: ['示例纳米碳酸钙改性方法', '示例纳米碳酸钙改性系统'],
    paraphrased: true,
  },
  {
    title: '示例耐磨合金堆焊修复需求',
    summary:
      '示例需求：公司为煤矿和水泥厂维修磨损部件，需要耐磨合金堆焊工艺，堆焊层硬度 HRC 60 以上，使用寿命提高 2 倍。',
    field: 'materials',
    keywords: ['耐磨', '堆焊', '修复'],
    relevant: ['示例耐磨合金堆焊技术', '示例耐磨合金堆焊方法'],
    paraphrased: false,
  },
  {
    title: '示例磨煤机辊套和溜槽延寿翻新需求',
    summary:
      '示例需求：电厂磨煤机辊套和煤矿溜槽磨损很快，每年更换费用高，想在旧件表面熔敷一层高硬度金属，让它更抗磨、寿命翻倍。',
    field: 'materials',
    keywords: ['辊套', '溜槽', '延寿'],
    relevant: ['示例耐磨合金堆焊技术', '示例耐磨合金堆焊方法'],
    paraphrased: true,
  },
  {
    title: '示例可降解包装材料开发需求',
    summary:
      '示例需求：我公司生产快递袋与食品托盘，需要可降解包装材料配方与成型工艺，180 天生物降解率达 90%，力学性能接近传统塑料。',
    field: 'materials',
    keywords: ['可降解', '包装材料', '生物降解'],
    relevant: ['示例可降解包装材料系统', '示例可降解包装材料技术'],
    paraphrased: false,
  },
  {
    title: '示例快递袋和外卖餐盒环保替代需求',
    summary:
      '示例需求：限塑政策收紧，我们生产的快递袋和外卖餐盒要换成埋在土里几个月就能自然分解的材质，强度和成本要接近普通塑料。',
    field: 'materials',
    keywords: ['限塑', '快递袋', '环保'],
    relevant: ['示例可降解包装材料系统', '示例可降解包装材料技术'],
    paraphrased: true,
  },
  {
    title: '示例超级电容器多孔炭电极需求',
    summary: '示例需求：公司生产超级电容器，需要多孔炭电极材料与制备方法，比表面积不低于 2000 m²/g，比容量提高 30%。',
    field: 'materials',
    keywords: ['多孔炭', '电极', '超级电容器'],
    relevant: ['示例多孔炭电极方法', '示例多孔炭电极系统'],
    paraphrased: false,
  },
  {
    title: '示例超级电容器储电容量提升需求',
    summary:
      '示例需求：我们的超级电容器能量密度偏低，想从正负极材料入手，找一种孔道丰富、比表面积大的碳质材料，把储电容量提高三成。',
    field: 'materials',
    keywords: ['超级电容', '储电', '碳材料'],
    relevant: ['示例多孔炭电极方法', '示例多孔炭电极系统'],
    paraphrased: true,
  },
  {
    title: '示例玄武岩纤维连续拉丝需求',
    summary:
      '示例需求：我公司利用本地玄武岩矿，需要玄武岩纤维连续拉丝工艺与漏板设计，单丝直径 9–13 μm，断丝率显著降低。',
    field: 'materials',
    keywords: ['玄武岩纤维', '连续拉丝', '漏板'],
    relevant: ['示例玄武岩纤维连续拉丝技术', '示例玄武岩纤维连续拉丝方法'],
    paraphrased: false,
  },
  {
    title: '示例火山岩熔融制高强度无机细丝需求',
    summary:
      '示例需求：本地有储量很大的火山岩矿，想把矿石熔化后抽成直径十几微米的高强度无机细丝，用于复合材料和保温，目前生产中经常断丝。',
    field: 'materials',
    keywords: ['火山岩', '细丝', '保温'],
    relevant: ['示例玄武岩纤维连续拉丝技术', '示例玄武岩纤维连续拉丝方法'],
    paraphrased: true,
  },
  // 高技术服务 (hightech_services): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例工业设备远程运维云平台需求',
    summary:
      '示例需求：我公司有 300 台设备分布在多个厂区，需要工业设备远程运维云平台，支持 PLC 数据接入、故障预警与预测性维护。',
    field: 'hightech_services',
    keywords: ['远程运维', '云平台', '预测性维护'],
    relevant: ['示例工业设备远程运维云平台'],
    paraphrased: false,
  },
  {
    title: '示例中小工厂机器故障提前预警与异地照看需求',
    summary:
      '示例需求：我们是中小型加工厂，没有专职机修人员，机器常在半夜突发故障停产，想在手机上随时查看机器运行状态，坏之前就收到提醒。',
    field: 'hightech_services',
    keywords: ['停机', '手机查看', '提醒'],
    relevant: ['示例工业设备远程运维云平台'],
    paraphrased: true,
  },
  {
    title: '示例检验检测数据管理平台需求',
    summary:
      '示例需求：我公司是第三方检验检测机构，需要检验检测数据管理平台，实现样品流转、原始记录、报告签发全流程电子化。',
    field: 'hightech_services',
    keywords: ['检验检测', '数据管理', 'LIMS'],
    relevant: ['示例检验检测数据管理平台系统', '示例检验检测数据管理平台技术'],
    paraphrased: false,
  },
  {
    title: '示例第三方实验室样品与报告无纸化需求',
    summary:
      '示例需求：我们实验室每年出具上万份报告，样品登记、原始记录和审核签字全靠纸质单据，常丢失出错，想用一套软件把全流程搬到电脑上。',
    field: 'hightech_services',
    keywords: ['实验室', '无纸化', '报告'],
    relevant: ['示例检验检测数据管理平台系统', '示例检验检测数据管理平台技术'],
    paraphrased: true,
  },
  {
    title: '示例技术转移信息撮合系统需求',
    summary:
      '示例需求：市科技服务机构需要技术转移信息撮合系统，将企业需求与高校成果自动匹配推荐，支持专家参与评估，匹配效果可量化。',
    field: 'hightech_services',
    keywords: ['技术转移', '撮合', '匹配'],
    relevant: ['示例技术转移信息撮合系统方法', '示例技术转移信息撮合系统系统'],
    paraphrased: false,
  },
  {
    title: '示例企业难题与高校专利自动配对需求',
    summary:
      '示例需求：我们作为区域科技中介，每年收集上百条企业难题，靠人工翻找高校专利进行牵线效率低，想用软件自动推荐最可能解决问题的研究团队。',
    field: 'hightech_services',
    keywords: ['科技中介', '牵线', '高校'],
    relevant: ['示例技术转移信息撮合系统方法', '示例技术转移信息撮合系统系统'],
    paraphrased: true,
  },
  {
    title: '示例知识产权分析工具需求',
    summary:
      '示例需求：公司研发部门需要知识产权分析工具，对光伏与储能领域专利进行检索、聚类与侵权风险分析，生成专利地图与预警报告。',
    field: 'hightech_services',
    keywords: ['知识产权', '专利分析', '侵权风险'],
    relevant: ['示例知识产权分析工具技术', '示例知识产权分析工具方法'],
    paraphrased: false,
  },
  {
    title: '示例立项前同行专利雷区排查需求',
    summary:
      '示例需求：我们每次立项前都要弄清同行申请了哪些专利、有没有侵权隐患，人工检索阅读要花数周，想要一款软件自动归类同行专利并提示风险。',
    field: 'hightech_services',
    keywords: ['专利', '立项', '侵权'],
    relevant: ['示例知识产权分析工具技术', '示例知识产权分析工具方法'],
    paraphrased: true,
  },
  {
    title: '示例工业设计协同平台需求',
    summary:
      '示例需求：我公司与外地设计公司合作开发装备外观与结构，需要工业设计协同平台，支持三维模型在线评审、版本管理与多方批注。',
    field: 'hightech_services',
    keywords: ['工业设计', '协同', '三维模型'],
    relevant: ['示例工业设计协同平台系统', '示例工业设计协同平台技术'],
    paraphrased: false,
  },
  {
    title: '示例异地团队在线共同修改产品外观模型需求',
    summary:
      '示例需求：我们的产品外观由外地造型团队负责，来回发文件、开会确认很慢，版本经常搞混，想在网页上多方同时查看、批注三维模型并自动留存版本。',
    field: 'hightech_services',
    keywords: ['外观', '异地', '版本'],
    relevant: ['示例工业设计协同平台系统', '示例工业设计协同平台技术'],
    paraphrased: true,
  },
  {
    title: '示例企业研发项目管理软件需求',
    summary:
      '示例需求：公司申报高新技术企业需规范研发费用归集，需要企业研发项目管理软件，覆盖立项、工时、费用与成果全过程，可导出加计扣除台账。',
    field: 'hightech_services',
    keywords: ['研发项目', '项目管理', '加计扣除'],
    relevant: ['示例企业研发项目管理软件方法', '示例企业研发项目管理软件系统'],
    paraphrased: false,
  },
  {
    title: '示例新产品开发费用归集与工时填报规范化需求',
    summary:
      '示例需求：我们申报高企时，新产品开发的人工、材料费用分不清归属，加计扣除资料要整理一个月，想用信息化工具按课题自动归集并生成台账。',
    field: 'hightech_services',
    keywords: ['加计扣除', '工时', '费用归集'],
    relevant: ['示例企业研发项目管理软件方法', '示例企业研发项目管理软件系统'],
    paraphrased: true,
  },
  {
    title: '示例科技成果评价模型需求',
    summary:
      '示例需求：我机构开展科技成果评价业务，需要科技成果评价模型，对技术成熟度、先进性与市场前景打分，结论可解释、与专家意见一致。',
    field: 'hightech_services',
    keywords: ['成果评价', '技术成熟度', '评估模型'],
    relevant: ['示例科技成果评价模型技术', '示例科技成果评价模型方法'],
    paraphrased: false,
  },
  {
    title: '示例专利与新技术交易前价值打分需求',
    summary:
      '示例需求：企业买卖专利时常问值多少钱、离量产还有多远，我们中介只能凭经验判断，想要一套量化打分办法，综合成熟程度、先进性和市场前景给出结论。',
    field: 'hightech_services',
    keywords: ['价值', '打分', '交易'],
    relevant: ['示例科技成果评价模型技术', '示例科技成果评价模型方法'],
    paraphrased: true,
  },
  {
    title: '示例仪器设备共享预约系统需求',
    summary:
      '示例需求：园区公共实验平台有 200 余台大型仪器，需要设备共享预约系统，支持在线预约、计时计费与使用评价，提高设备利用率。',
    field: 'hightech_services',
    keywords: ['设备共享', '预约', '大型仪器'],
    relevant: ['示例设备共享预约系统系统', '示例设备共享预约系统技术'],
    paraphrased: false,
  },
  {
    title: '示例闲置大型仪器对外开放与在线排期需求',
    summary:
      '示例需求：我们实验室的电镜、色谱等大型仪器平时闲置较多，想对周边企业开放使用，需要一个在线排期、按机时收费并记录使用情况的工具。',
    field: 'hightech_services',
    keywords: ['仪器', '开放', '排期'],
    relevant: ['示例设备共享预约系统系统', '示例设备共享预约系统技术'],
    paraphrased: true,
  },
  {
    title: '示例供应链质量追溯平台需求',
    summary:
      '示例需求：我公司为主机厂供应零部件，需要供应链质量追溯平台，对原材料批次、工序与检验数据一物一码追溯，质量问题 1 小时内定位。',
    field: 'hightech_services',
    keywords: ['供应链', '质量追溯', '一物一码'],
    relevant: ['示例供应链质量追溯平台方法', '示例供应链质量追溯平台系统'],
    paraphrased: false,
  },
  {
    title: '示例零部件出问题时快速查到原料批次需求',
    summary:
      '示例需求：主机厂索赔时，我们要几天才能查清问题零件用的哪批原料、哪台机床加工，想给每个零件赋码并记录上下游信息，一小时内查清来龙去脉。',
    field: 'hightech_services',
    keywords: ['赋码', '索赔', '批次'],
    relevant: ['示例供应链质量追溯平台方法', '示例供应链质量追溯平台系统'],
    paraphrased: true,
  },
  {
    title: '示例重点用能单位能耗在线监测服务需求',
    summary:
      '示例需求：我公司属于重点用能单位，需要能耗在线监测服务，实时采集电、气、水、蒸汽用量并对接省级平台，数据采集率 99% 以上。',
    field: 'hightech_services',
    keywords: ['能耗监测', '用能单位', '节能'],
    relevant: ['示例能耗在线监测服务技术', '示例能耗在线监测服务方法'],
    paraphrased: false,
  },
  {
    title: '示例工厂用电用气实时计量与节能诊断需求',
    summary:
      '示例需求：我们厂电、天然气和蒸汽费用逐年增加，却说不清哪个车间用得多，想在各处加装计量表实时采集数据，并由专业团队定期分析浪费环节。',
    field: 'hightech_services',
    keywords: ['电费', '计量', '节能'],
    relevant: ['示例能耗在线监测服务技术', '示例能耗在线监测服务方法'],
    paraphrased: true,
  },
  {
    title: '示例数字孪生工厂建模需求',
    summary:
      '示例需求：公司新建智能化车间，需要数字孪生工厂建模服务，构建产线三维模型并接入实时数据，用于产能仿真与布局优化。',
    field: 'hightech_services',
    keywords: ['数字孪生', '工厂建模', '产线仿真'],
    relevant: ['示例数字孪生工厂建模系统', '示例数字孪生工厂建模技术'],
    paraphrased: false,
  },
  {
    title: '示例新车间投产前虚拟布局与产能推演需求',
    summary:
      '示例需求：我们新车间投产前想先在电脑里搭一个和实物一模一样的虚拟车间，接入设备运行数据，推演不同布局下的产能和瓶颈。',
    field: 'hightech_services',
    keywords: ['虚拟车间', '布局', '产能'],
    relevant: ['示例数字孪生工厂建模系统', '示例数字孪生工厂建模技术'],
    paraphrased: true,
  },
  // 新能源与节能 (energy): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例异质结电池低温银浆国产替代需求',
    summary:
      '示例需求：我公司新建 2 GW 异质结电池产线，需要低温银浆制备技术替代进口浆料，固化温度 200℃ 以下，体电阻率低于 5 μΩ·cm。',
    field: 'energy',
    keywords: ['异质结', '银浆', '光伏'],
    relevant: ['示例异质结光伏电池低温银浆制备技术'],
    paraphrased: false,
  },
  {
    title: '示例新型太阳能电池栅线导电浆料降本需求',
    summary:
      '示例需求：我们的新型高效太阳能电池片不能高温烧结，印刷电极用的导电浆料全靠进口、成本高，想找两百度以下就能固化的国产导电浆料。',
    field: 'energy',
    keywords: ['太阳能电池', '导电浆料', '降本'],
    relevant: ['示例异质结光伏电池低温银浆制备技术'],
    paraphrased: true,
  },
  {
    title: '示例钙钛矿叠层电池封装材料需求',
    summary:
      '示例需求：我公司建设钙钛矿/晶硅叠层电池中试线，需要低水汽透过率封装材料，水汽透过率低于 0.01 g/(m²·d)，保障户外寿命。',
    field: 'energy',
    keywords: ['钙钛矿', '叠层电池', '封装'],
    relevant: ['示例钙钛矿叠层电池封装材料'],
    paraphrased: false,
  },
  {
    title: '示例新一代太阳能电池防潮阻隔胶膜需求',
    summary:
      '示例需求：我们研发的新一代高效太阳能电池对潮气极其敏感，暴露几天效率就明显衰减，想找一种透湿极低、透光好的阻隔胶膜把电池严密包覆。',
    field: 'energy',
    keywords: ['防潮', '胶膜', '太阳能电池'],
    relevant: ['示例钙钛矿叠层电池封装材料'],
    paraphrased: true,
  },
  {
    title: '示例山地电站光伏组件清洗机器人需求',
    summary:
      '示例需求：我公司在长治山区运营 100 MW 光伏电站，需要光伏组件清洗机器人，少水或无水清洗，适应 25° 坡度，发电量提升 5%。',
    field: 'energy',
    keywords: ['光伏', '清洗机器人', '电站运维'],
    relevant: ['示例光伏组件清洗机器人方法', '示例光伏组件清洗机器人系统'],
    paraphrased: false,
  },
  {
    title: '示例山地电站太阳能板积灰自动擦洗需求',
    summary:
      '示例需求：山地电站太阳能板积灰严重、用水困难，人工擦洗又慢又危险，想用能沿板面自动行走的除尘设备代替人工，提高发电收益。',
    field: 'energy',
    keywords: ['太阳能板', '积灰', '除尘'],
    relevant: ['示例光伏组件清洗机器人方法', '示例光伏组件清洗机器人系统'],
    paraphrased: true,
  },
  {
    title: '示例集装箱储能电池热管理需求',
    summary:
      '示例需求：公司集成集装箱式储能电站，需要储能电池热管理方案，电芯温差控制在 3℃ 以内，液冷能耗降低 20%，防止热失控蔓延。',
    field: 'energy',
    keywords: ['储能', '热管理', '液冷'],
    relevant: ['示例储能电池热管理技术', '示例储能电池热管理方法'],
    paraphrased: false,
  },
  {
    title: '示例集装箱蓄电站电芯温差与过热隐患治理需求',
    summary:
      '示例需求：我们的集装箱式蓄电站夏天内部电芯温差大、局部过热，寿命衰减快，还有起火隐患，想找高效的冷却和温度均衡方案。',
    field: 'energy',
    keywords: ['过热', '冷却', '温差'],
    relevant: ['示例储能电池热管理技术', '示例储能电池热管理方法'],
    paraphrased: true,
  },
  {
    title: '示例氢燃料电池金属双极板需求',
    summary:
      '示例需求：我公司布局氢能重卡配套，需要氢燃料电池金属双极板成型与涂层方案，接触电阻低于 10 mΩ·cm²，耐腐蚀满足车用寿命。',
    field: 'energy',
    keywords: ['氢燃料电池', '双极板', '氢能'],
    relevant: ['示例氢燃料电池双极板系统', '示例氢燃料电池双极板技术'],
    paraphrased: false,
  },
  {
    title: '示例氢能重卡电堆流道金属薄板成型需求',
    summary:
      '示例需求：我们为氢能重卡配套电堆，其中带细密流道的金属薄板冲压易开裂、表面易腐蚀，想找精密冲压加导电防腐涂层的量产工艺。',
    field: 'energy',
    keywords: ['氢能', '电堆', '冲压'],
    relevant: ['示例氢燃料电池双极板系统', '示例氢燃料电池双极板技术'],
    paraphrased: true,
  },
  {
    title: '示例工商业分布式光伏运维需求',
    summary:
      '示例需求：我公司管理 300 个工商业屋顶分布式光伏电站，需要分布式光伏运维平台与服务，实现故障自动告警、派单与发电量分析。',
    field: 'energy',
    keywords: ['分布式光伏', '运维', '屋顶电站'],
    relevant: ['示例分布式光伏运维方法', '示例分布式光伏运维系统'],
    paraphrased: false,
  },
  {
    title: '示例上百座厂房屋顶发电站集中看护需求',
    summary:
      '示例需求：我们在各地工厂屋顶装了几百座太阳能发电站，出故障常常几周才发现，想集中远程看护，自动报警并安排就近人员上门维修。',
    field: 'energy',
    keywords: ['屋顶', '太阳能', '故障报警'],
    relevant: ['示例分布式光伏运维方法', '示例分布式光伏运维系统'],
    paraphrased: true,
  },
  {
    title: '示例余热回收有机朗肯循环发电需求',
    summary:
      '示例需求：我公司炼焦厂有大量 150℃ 左右低温余热，需要余热回收有机朗肯循环发电装置，装机 1 MW，发电效率不低于 10%。',
    field: 'energy',
    keywords: ['余热回收', '有机朗肯循环', 'ORC'],
    relevant: ['示例余热回收有机朗肯循环技术', '示例余热回收有机朗肯循环方法'],
    paraphrased: false,
  },
  {
    title: '示例炼焦厂低温烟气废热发电需求',
    summary:
      '示例需求：我们炼焦厂 150℃ 左右的烟气和冷却水热量白白散掉，想用低沸点工质把这部分低品位热量转化为电能，装机约一兆瓦。',
    field: 'energy',
    keywords: ['废热', '发电', '节能'],
    relevant: ['示例余热回收有机朗肯循环技术', '示例余热回收有机朗肯循环方法'],
    paraphrased: true,
  },
  {
    title: '示例风电叶片无损检测需求',
    summary:
      '示例需求：我公司运维 200 台风电机组，需要风电叶片无损检测方案，发现内部脱粘、分层与裂纹缺陷，每支叶片检测不超过 2 小时。',
    field: 'energy',
    keywords: ['风电叶片', '无损检测', '运维'],
    relevant: ['示例风电叶片无损检测系统', '示例风电叶片无损检测技术'],
    paraphrased: false,
  },
  {
    title: '示例风机大桨叶内部裂纹和开胶排查需求',
    summary:
      '示例需求：山区风场的风机大桨叶运行多年，内部可能有开胶、分层和暗裂，目视看不出来，想在不拆、不损坏桨叶的情况下快速查出隐患。',
    field: 'energy',
    keywords: ['风机', '桨叶', '裂纹'],
    relevant: ['示例风电叶片无损检测系统', '示例风电叶片无损检测技术'],
    paraphrased: true,
  },
  {
    title: '示例高效硅片切割工艺需求',
    summary:
      '示例需求：公司新建单晶硅片产线，需要高效硅片切割工艺，金刚线细线化至 30 μm 以下，硅片厚度 130 μm，碎片率低于 1%。',
    field: 'energy',
    keywords: ['硅片', '切割', '金刚线'],
    relevant: ['示例高效硅片切割方法', '示例高效硅片切割系统'],
    paraphrased: false,
  },
  {
    title: '示例单晶硅棒薄片化与降低断线碎片需求',
    summary:
      '示例需求：我们把单晶硅棒加工成太阳能电池用的薄片，想把片厚减到 130 微米、线锯更细以减少材料损耗，但目前断线和碎片率偏高。',
    field: 'energy',
    keywords: ['硅棒', '薄片', '损耗'],
    relevant: ['示例高效硅片切割方法', '示例高效硅片切割系统'],
    paraphrased: true,
  },
  {
    title: '示例园区智能微电网控制需求',
    summary:
      '示例需求：我公司园区配有光伏、储能与充电桩，需要智能微电网控制方案，实现并离网无缝切换与源网荷储协调，用能成本降低 10%。',
    field: 'energy',
    keywords: ['微电网', '能量管理', '源网荷储'],
    relevant: ['示例智能微电网控制技术', '示例智能微电网控制方法'],
    paraphrased: false,
  },
  {
    title: '示例厂区光储充一体化协调调度需求',
    summary:
      '示例需求：我们厂区有屋顶太阳能、蓄电池和充电桩，各自独立运行，想统一调度，外部供电中断时厂区仍能自给，并按峰谷电价自动优化用电。',
    field: 'energy',
    keywords: ['峰谷电价', '厂区', '自给供电'],
    relevant: ['示例智能微电网控制技术', '示例智能微电网控制方法'],
    paraphrased: true,
  },
  {
    title: '示例组串式光伏逆变器散热需求',
    summary:
      '示例需求：公司生产组串式光伏逆变器，夏季高温降额严重，需要光伏逆变器散热方案，满载时功率器件温升降低 15℃，满足 IP66 防护。',
    field: 'energy',
    keywords: ['光伏逆变器', '散热', '温升'],
    relevant: ['示例光伏逆变器散热系统', '示例光伏逆变器散热技术'],
    paraphrased: false,
  },
  {
    title: '示例太阳能并网变流设备夏季降功率需求',
    summary:
      '示例需求：我们生产的太阳能并网变流设备在夏天户外暴晒时内部过热、自动降功率，损失发电量，想在全密封外壳下改进冷却结构，降低器件温度。',
    field: 'energy',
    keywords: ['过热', '冷却', '并网'],
    relevant: ['示例光伏逆变器散热系统', '示例光伏逆变器散热技术'],
    paraphrased: true,
  },
  {
    title: '示例低浓度煤矿瓦斯发电需求',
    summary:
      '示例需求：我矿抽采瓦斯浓度在 8%–30% 波动，需要煤矿瓦斯发电机组与控制方案，适应低浓度瓦斯，单机功率 500 kW。',
    field: 'energy',
    keywords: ['瓦斯发电', '煤矿', '低浓度瓦斯'],
    relevant: ['示例煤矿瓦斯发电方法', '示例煤矿瓦斯发电系统'],
    paraphrased: false,
  },
  {
    title: '示例井下抽采甲烷气体变废为电需求',
    summary:
      '示例需求：我们矿井每天抽出大量低浓度甲烷气体，目前直接排空既浪费又加剧温室效应，想用内燃机组把它变成电供矿区自用。',
    field: 'energy',
    keywords: ['甲烷', '矿井', '减排'],
    relevant: ['示例煤矿瓦斯发电方法', '示例煤矿瓦斯发电系统'],
    paraphrased: true,
  },
  // 资源与环境 (environment): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例焦化废水深度处理与回用需求',
    summary:
      '示例需求：我公司焦化废水经生化处理后化学需氧量仍超标，需要焦化废水深度处理与回用技术，出水化学需氧量低于 50 mg/L，回用率 90%。',
    field: 'environment',
    keywords: ['焦化废水', '深度处理', '回用'],
    relevant: ['示例焦化废水深度处理与回用技术'],
    paraphrased: false,
  },
  {
    title: '示例炼焦含酚污水达标与循环再用需求',
    summary:
      '示例需求：我们炼焦生产产生的含酚、含氰污水经生化后仍难达标，想加装过滤精制等后续工序，让出水回到生产中重复使用，减少新鲜水取用。',
    field: 'environment',
    keywords: ['污水', '达标', '节水'],
    relevant: ['示例焦化废水深度处理与回用技术'],
    paraphrased: true,
  },
  {
    title: '示例煤矸石综合利用需求',
    summary:
      '示例需求：我公司堆存煤矸石 500 万吨，需要煤矸石综合利用技术，用于生产建材或井下充填材料，年消纳量 50 万吨以上。',
    field: 'environment',
    keywords: ['煤矸石', '综合利用', '建材'],
    relevant: ['示例煤矸石综合利用技术', '示例煤矸石综合利用方法'],
    paraphrased: false,
  },
  {
    title: '示例洗煤排出的废石堆消纳需求',
    summary:
      '示例需求：洗煤厂多年排出的黑色废石堆成了山，占地多、易自燃，想找到把这些废石大量消纳的途径，比如做成建筑材料或回填井下。',
    field: 'environment',
    keywords: ['废石', '自燃', '回填'],
    relevant: ['示例煤矸石综合利用技术', '示例煤矸石综合利用方法'],
    paraphrased: true,
  },
  {
    title: '示例高矿化度矿井水深度处理需求',
    summary:
      '示例需求：我矿每天排放矿井水 2 万立方米，含盐量高，需要矿井水深度处理与回用方案，出水达到地表水 III 类标准。',
    field: 'environment',
    keywords: ['矿井水', '深度处理', '零排放'],
    relevant: ['示例矿井水深度处理系统', '示例矿井水深度处理技术'],
    paraphrased: false,
  },
  {
    title: '示例井下涌出高盐水净化再用需求',
    summary:
      '示例需求：我们煤矿每天从井下抽出两万方含盐量高的涌水，直接外排超标，想把它净化到能用于生产和浇灌的程度，基本不外排。',
    field: 'environment',
    keywords: ['涌水', '高盐', '净化'],
    relevant: ['示例矿井水深度处理系统', '示例矿井水深度处理技术'],
    paraphrased: true,
  },
  {
    title: '示例工业固废制砖工艺需求',
    summary:
      '示例需求：我公司建材厂计划利用电厂炉渣和脱硫石膏，需要工业固废制砖工艺，免烧砖抗压强度达到 MU15，固废掺量 70% 以上。',
    field: 'environment',
    keywords: ['固废', '免烧砖', '建材'],
    relevant: ['示例工业固废制砖方法', '示例工业固废制砖系统'],
    paraphrased: false,
  },
  {
    title: '示例电厂炉渣石膏压制墙体砌块需求',
    summary:
      '示例需求：附近电厂每年产生大量炉渣和脱硫石膏，我们建材厂想把它们作为主要原料压制成不用烧结的墙体砌块，强度达到国家标准。',
    field: 'environment',
    keywords: ['炉渣', '砌块', '建材'],
    relevant: ['示例工业固废制砖方法', '示例工业固废制砖系统'],
    paraphrased: true,
  },
  {
    title: '示例喷涂车间 VOCs 催化燃烧治理需求',
    summary:
      '示例需求：我公司喷涂车间排放 VOCs 浓度约 800 mg/m³，需要 VOCs 催化燃烧装置，去除效率 95% 以上，催化剂寿命不少于 2 年。',
    field: 'environment',
    keywords: ['VOCs', '催化燃烧', '废气治理'],
    relevant: ['示例VOCs 催化燃烧技术', '示例VOCs 催化燃烧方法'],
    paraphrased: false,
  },
  {
    title: '示例喷漆车间有机废气异味治理需求',
    summary:
      '示例需求：我们喷漆车间排出的有机溶剂废气气味大，周边居民投诉，环保要求去除率 95%，想找在较低温度下把有机气体分解成二氧化碳和水的装置。',
    field: 'environment',
    keywords: ['喷漆', '异味', '有机废气'],
    relevant: ['示例VOCs 催化燃烧技术', '示例VOCs 催化燃烧方法'],
    paraphrased: true,
  },
  {
    title: '示例工业遗留地块土壤重金属修复需求',
    summary:
      '示例需求：某工业遗留地块土壤镉、铅超标，需要土壤重金属修复方案，修复后达到建设用地风险管控标准，工期不超过 6 个月。',
    field: 'environment',
    keywords: ['土壤修复', '重金属', '污染地块'],
    relevant: ['示例土壤重金属修复系统', '示例土壤重金属修复技术'],
    paraphrased: false,
  },
  {
    title: '示例老厂区地块镉铅超标治理后再开发需求',
    summary:
      '示例需求：我们搬迁后的老厂区地块检测出镉、铅超标，要转为商业用地必须先治理，想找固化稳定化或淋洗等办法，六个月内达到再开发要求。',
    field: 'environment',
    keywords: ['老厂区', '镉铅', '再开发'],
    relevant: ['示例土壤重金属修复系统', '示例土壤重金属修复技术'],
    paraphrased: true,
  },
  {
    title: '示例高铝粉煤灰提取氧化铝需求',
    summary:
      '示例需求：我公司坑口电厂年产高铝粉煤灰 100 万吨，需要粉煤灰提取氧化铝工艺，氧化铝提取率 85% 以上，残渣可综合利用。',
    field: 'environment',
    keywords: ['粉煤灰', '氧化铝', '高铝'],
    relevant: ['示例粉煤灰提取氧化铝方法', '示例粉煤灰提取氧化铝系统'],
    paraphrased: false,
  },
  {
    title: '示例电厂燃煤后的灰渣中回收铝资源需求',
    summary:
      '示例需求：本地煤炭燃烧后的灰渣含铝量高达四成，电厂每年堆存上百万吨，想从中回收铝资源生产冶金原料，并把剩余残渣再利用。',
    field: 'environment',
    keywords: ['灰渣', '铝资源', '电厂'],
    relevant: ['示例粉煤灰提取氧化铝方法', '示例粉煤灰提取氧化铝系统'],
    paraphrased: true,
  },
  {
    title: '示例市政污泥低温干化需求',
    summary:
      '示例需求：我公司污水处理厂日产含水率 80% 的污泥 100 吨，需要污泥低温干化设备，干化后含水率低于 30%，利用厂内余热降耗。',
    field: 'environment',
    keywords: ['污泥', '低温干化', '减量化'],
    relevant: ['示例污泥低温干化技术', '示例污泥低温干化方法'],
    paraphrased: false,
  },
  {
    title: '示例污水厂湿泥减量脱水需求',
    summary:
      '示例需求：我们污水厂每天产生上百吨湿泥，外运处置费用高，想用热泵或厂内余热在不太高的温度下把水分去掉，让体积和重量减少一大半。',
    field: 'environment',
    keywords: ['湿泥', '脱水', '减量'],
    relevant: ['示例污泥低温干化技术', '示例污泥低温干化方法'],
    paraphrased: true,
  },
  {
    title: '示例 SCR 烟气脱硝催化剂再生需求',
    summary:
      '示例需求：我公司电厂每年更换大量失活的 SCR 烟气脱硝催化剂，需要催化剂再生工艺，再生后活性恢复 90% 以上，降低危废处置成本。',
    field: 'environment',
    keywords: ['脱硝', '催化剂再生', 'SCR'],
    relevant: ['示例烟气脱硝催化剂再生系统', '示例烟气脱硝催化剂再生技术'],
    paraphrased: false,
  },
  {
    title: '示例电厂失效蜂窝除氮氧化物模块翻新需求',
    summary:
      '示例需求：电厂用于去除氮氧化物的蜂窝状模块用几年就失效，按危废处理费用高，想通过清洗、补充活性成分让旧模块恢复九成以上性能后继续使用。',
    field: 'environment',
    keywords: ['氮氧化物', '翻新', '危废'],
    relevant: ['示例烟气脱硝催化剂再生系统', '示例烟气脱硝催化剂再生技术'],
    paraphrased: true,
  },
  {
    title: '示例尾矿库在线监测预警需求',
    summary:
      '示例需求：我公司有一座三等尾矿库，需要尾矿库在线监测系统，实时监测坝体位移、浸润线与库水位，超限自动报警并上传监管平台。',
    field: 'environment',
    keywords: ['尾矿库', '在线监测', '安全'],
    relevant: ['示例尾矿库在线监测方法', '示例尾矿库在线监测系统'],
    paraphrased: false,
  },
  {
    title: '示例选矿废渣堆存坝体变形与水位预警需求',
    summary:
      '示例需求：我们选矿厂的废渣堆存坝体高几十米，万一溃坝后果严重，想在坝上安装传感器全天测量变形、渗水和水位，异常时自动报警。',
    field: 'environment',
    keywords: ['坝体', '溃坝', '报警'],
    relevant: ['示例尾矿库在线监测方法', '示例尾矿库在线监测系统'],
    paraphrased: true,
  },
  {
    title: '示例焦炉煤气制氢需求',
    summary:
      '示例需求：我公司焦化厂富余焦炉煤气约每小时 2 万立方米，需要焦炉煤气制氢装置，氢气纯度 99.999%，供应周边加氢站。',
    field: 'environment',
    keywords: ['焦炉煤气', '制氢', '氢能'],
    relevant: ['示例焦炉煤气制氢技术', '示例焦炉煤气制氢方法'],
    paraphrased: false,
  },
  {
    title: '示例炼焦副产可燃气提纯高纯氢需求',
    summary:
      '示例需求：我们炼焦过程中产生大量富含氢的副产可燃气，目前大部分烧掉，想用变压吸附等手段把其中的氢分离提纯到五个九，供加氢站使用。',
    field: 'environment',
    keywords: ['副产气', '提纯', '加氢站'],
    relevant: ['示例焦炉煤气制氢技术', '示例焦炉煤气制氢方法'],
    paraphrased: true,
  },
  // 先进制造与自动化 (manufacturing): the hand-written achievements first, then two needs per generated topic.
  {
    title: '示例重载 AGV 激光导航定位需求',
    summary:
      '示例需求：我公司装备车间需搬运 20 吨工件，需要重载 AGV 激光导航定位算法，重复定位精度±5 mm，支持多车调度。',
    field: 'manufacturing',
    keywords: ['AGV', '激光导航', '重载'],
    relevant: ['示例重载 AGV 激光导航定位算法'],
    paraphrased: false,
  },
  {
    title: '示例车间大吨位工件无人搬运车精准停靠需求',
    summary:
      '示例需求：我们车间要把十几吨重的结构件在工位间转运，想用无人驾驶搬运车，不铺磁条、不贴二维码，靠扫描周围环境自己认路，停靠误差在毫米级。',
    field: 'manufacturing',
    keywords: ['无人搬运', '停靠', '车间物流'],
    relevant: ['示例重载 AGV 激光导航定位算法'],
    paraphrased: true,
  },
  {
    title: '示例综采工作面液压支架电液控制系统需求',
    summary:
      '示例需求：我矿综采工作面计划智能化改造，需要液压支架电液控制系统，支持自动跟机移架与远程集控，动作响应时间小于 200 ms。',
    field: 'manufacturing',
    keywords: ['液压支架', '电液控制', '智能化开采'],
    relevant: ['示例液压支架电液控制系统'],
    paraphrased: false,
  },
  {
    title: '示例采煤工作面顶板支护设备自动跟机需求',
    summary:
      '示例需求：我们采煤工作面的顶板支护设备全靠工人手动扳阀推移，劳动强度大、危险，想让支护设备跟着采煤机自动推移，并能在地面远程操作。',
    field: 'manufacturing',
    keywords: ['采煤', '支护', '少人化'],
    relevant: ['示例液压支架电液控制系统'],
    paraphrased: true,
  },
  {
    title: '示例数控机床热误差补偿需求',
    summary:
      '示例需求：我公司加工精密模具，数控机床开机数小时后尺寸漂移明显，需要数控机床热误差补偿方案，热变形误差减小 70%。',
    field: 'manufacturing',
    keywords: ['数控机床', '热误差', '补偿'],
    relevant: ['示例数控机床热误差补偿系统', '示例数控机床热误差补偿技术'],
    paraphrased: false,
  },
  {
    title: '示例加工中心升温后尺寸漂移纠正需求',
    summary:
      '示例需求：我们的加工中心连续运行几小时后主轴发热伸长，零件尺寸逐渐跑偏，每次都要停机试切调整，想通过测温建模自动修正刀具位置。',
    field: 'manufacturing',
    keywords: ['加工中心', '尺寸漂移', '发热'],
    relevant: ['示例数控机床热误差补偿系统', '示例数控机床热误差补偿技术'],
    paraphrased: true,
  },
  {
    title: '示例协作机器人关节减速器国产化需求',
    summary:
      '示例需求：公司研发六轴协作机器人，需要协作机器人关节减速器，回程间隙小于 1 弧分，额定寿命 10000 小时，成本较进口降低 40%。',
    field: 'manufacturing',
    keywords: ['协作机器人', '减速器', '关节'],
    relevant: ['示例协作机器人关节减速器方法', '示例协作机器人关节减速器系统'],
    paraphrased: false,
  },
  {
    title: '示例人机共融轻型机械臂精密传动部件需求',
    summary:
      '示例需求：我们生产能和工人并肩作业的轻型机械臂，每个转动部位的精密降速传动部件靠进口，价格高、交期长，想实现国产替代，反向间隙极小。',
    field: 'manufacturing',
    keywords: ['机械臂', '传动', '国产替代'],
    relevant: ['示例协作机器人关节减速器方法', '示例协作机器人关节减速器系统'],
    paraphrased: true,
  },
  {
    title: '示例煤机结构件智能焊接视觉跟踪需求',
    summary:
      '示例需求：我公司生产煤机结构件，焊缝长、坡口不一致，需要智能焊接视觉跟踪系统，焊缝跟踪精度±0.3 mm，适应强弧光环境。',
    field: 'manufacturing',
    keywords: ['焊接', '视觉跟踪', '焊缝'],
    relevant: ['示例智能焊接视觉跟踪技术', '示例智能焊接视觉跟踪方法'],
    paraphrased: false,
  },
  {
    title: '示例焊枪自动沿坡口纠偏需求',
    summary:
      '示例需求：我们用机械臂焊厚板结构件，工件拼装误差大，焊枪经常偏离坡口，想给焊枪装上“眼睛”，在强弧光下实时识别接缝位置并自动纠偏。',
    field: 'manufacturing',
    keywords: ['焊枪', '纠偏', '厚板'],
    relevant: ['示例智能焊接视觉跟踪技术', '示例智能焊接视觉跟踪方法'],
    paraphrased: true,
  },
  {
    title: '示例矿用刮板输送机链条需求',
    summary:
      '示例需求：我矿综采工作面刮板输送机断链频繁，需要高强度矿用刮板输送机链条及制造工艺，破断负荷提升 20%，寿命延长一倍。',
    field: 'manufacturing',
    keywords: ['刮板输送机', '链条', '煤矿'],
    relevant: ['示例矿用刮板输送机链条系统', '示例矿用刮板输送机链条技术'],
    paraphrased: false,
  },
  {
    title: '示例井下运煤设备圆环链断裂改进需求',
    summary:
      '示例需求：我们井下工作面运煤设备的圆环链经常磨损断裂，每次停产抢修损失很大，想找更高强度、更耐磨的链环材料与热处理制造工艺。',
    field: 'manufacturing',
    keywords: ['断链', '运煤', '耐磨'],
    relevant: ['示例矿用刮板输送机链条系统', '示例矿用刮板输送机链条技术'],
    paraphrased: true,
  },
  {
    title: '示例风电齿轮箱精密齿轮磨削需求',
    summary:
      '示例需求：公司生产减速机与风电齿轮箱齿轮，需要精密齿轮磨削工艺，齿轮精度达到 ISO 4 级，磨削烧伤零缺陷，效率提升 30%。',
    field: 'manufacturing',
    keywords: ['齿轮', '磨削', '精度'],
    relevant: ['示例精密齿轮磨削方法', '示例精密齿轮磨削系统'],
    paraphrased: false,
  },
  {
    title: '示例减速机传动件齿面精加工防烧伤需求',
    summary:
      '示例需求：我们生产的减速机和风机变速箱传动件齿面精加工后常出现烧伤，噪声偏大，想找高精度的成形砂轮精加工工艺，精度达到国际四级。',
    field: 'manufacturing',
    keywords: ['齿面', '烧伤', '减速机'],
    relevant: ['示例精密齿轮磨削方法', '示例精密齿轮磨削系统'],
    paraphrased: true,
  },
  {
    title: '示例增材制造钛合金金属粉末需求',
    summary:
      '示例需求：我公司从事金属 3D 打印，需要增材制造金属粉末制备方案，钛合金粉末球形度 0.95 以上，氧含量低于 1000 ppm。',
    field: 'manufacturing',
    keywords: ['增材制造', '金属粉末', '3D打印'],
    relevant: ['示例增材制造金属粉末技术', '示例增材制造金属粉末方法'],
    paraphrased: false,
  },
  {
    title: '示例 3D 打印用钛合金球形原料国产化需求',
    summary:
      '示例需求：我们激光熔化打印零件用的钛合金球形原料依赖进口，价格昂贵，想用雾化法自己生产，要求颗粒圆整、含氧低、流动性好。',
    field: 'manufacturing',
    keywords: ['3D打印', '钛合金', '雾化'],
    relevant: ['示例增材制造金属粉末技术', '示例增材制造金属粉末方法'],
    paraphrased: true,
  },
  {
    title: '示例液压阀块集成设计需求',
    summary:
      '示例需求：公司生产工程机械与煤机液压系统，需要液压阀块集成设计方法，实现三维自动布孔与干涉检查，阀块体积减小 30%。',
    field: 'manufacturing',
    keywords: ['液压阀块', '集成设计', '工程机械'],
    relevant: ['示例液压阀块集成设计系统', '示例液压阀块集成设计技术'],
    paraphrased: false,
  },
  {
    title: '示例工程机械油路板紧凑化布局需求',
    summary:
      '示例需求：我们工程机械上的油路板内部孔道复杂，靠人工画图容易打穿、干涉，想用软件自动规划内部油道走向，使整块更紧凑、压降更小。',
    field: 'manufacturing',
    keywords: ['油路', '紧凑', '工程机械'],
    relevant: ['示例液压阀块集成设计系统', '示例液压阀块集成设计技术'],
    paraphrased: true,
  },
  {
    title: '示例密集库智能仓储穿梭车需求',
    summary:
      '示例需求：我公司建设密集型立体库，需要智能仓储穿梭车及调度方案，运行速度 4 m/s，定位精度±2 mm，支持多车协同与自动换层。',
    field: 'manufacturing',
    keywords: ['智能仓储', '穿梭车', '立体库'],
    relevant: ['示例智能仓储穿梭车方法', '示例智能仓储穿梭车系统'],
    paraphrased: false,
  },
  {
    title: '示例密集货架内自动存取托盘小车需求',
    summary:
      '示例需求：我们冷库和成品库货架密集、叉车进不去，想用在货架轨道里来回跑的自动小车存取托盘，多台协同作业，提高出入库效率。',
    field: 'manufacturing',
    keywords: ['货架', '托盘', '出入库'],
    relevant: ['示例智能仓储穿梭车方法', '示例智能仓储穿梭车系统'],
    paraphrased: true,
  },
  {
    title: '示例注塑模具随形冷却需求',
    summary:
      '示例需求：公司生产汽车内饰件，需要注塑模具随形冷却水路设计与镶件制造，成型周期缩短 25%，翘曲变形明显减少。',
    field: 'manufacturing',
    keywords: ['注塑模具', '随形冷却', '成型周期'],
    relevant: ['示例注塑模具随形冷却技术', '示例注塑模具随形冷却方法'],
    paraphrased: false,
  },
  {
    title: '示例塑料件成型周期长和翘曲变形改进需求',
    summary:
      '示例需求：我们生产汽车内饰塑料件，成型模里的水道只能打直孔，零件各处降温快慢不一、翘曲明显、周期偏长，想让水道贴合产品轮廓走向。',
    field: 'manufacturing',
    keywords: ['塑料件', '翘曲', '水道'],
    relevant: ['示例注塑模具随形冷却技术', '示例注塑模具随形冷却方法'],
    paraphrased: true,
  },
  {
    title: '示例矿用风机轴承故障在线诊断需求',
    summary:
      '示例需求：我公司主通风机和带式输送机轴承突发损坏导致停机，需要轴承故障在线诊断系统，提前 2 周预警，误报率低于 5%。',
    field: 'manufacturing',
    keywords: ['轴承', '故障诊断', '振动监测'],
    relevant: ['示例轴承故障在线诊断系统', '示例轴承故障在线诊断技术'],
    paraphrased: false,
  },
  {
    title: '示例风机皮带机转动部件异常提前发现需求',
    summary:
      '示例需求：矿井主通风机和皮带机的转动支承部件常突然损坏停机，想在设备上装传感器全天监听振动，提前几周发现磨损异常并提示检修。',
    field: 'manufacturing',
    keywords: ['皮带机', '振动', '检修'],
    relevant: ['示例轴承故障在线诊断系统', '示例轴承故障在线诊断技术'],
    paraphrased: true,
  },
];
