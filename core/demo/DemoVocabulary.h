#pragma once

// Word lists for realistic, bilingual demo data (UTF-8).

namespace as::demo {

inline const char *const kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
    "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "欧阳"};
inline const char *const kGivenChars[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
    "刚", "桂", "英", "华", "玉", "兰", "建", "国", "文", "辉", "力", "宇", "浩", "凯", "鹏", "婷", "雪", "琳", "晨", "欣",
    "怡", "佳", "子", "梓", "涵", "思", "嘉", "俊", "博", "志", "海", "红", "萍", "燕", "颖", "飞", "鑫", "斌", "瑶", "悦"};
inline const char *const kEnglishFirst[] = {
    "James", "Mary", "John", "Linda", "David", "Susan", "Michael", "Karen", "Robert", "Emma", "Daniel", "Olivia",
    "Thomas", "Sophie", "Peter", "Grace", "Andrew", "Lucy", "Mark", "Helen", "Kevin", "Amy", "Jason", "Anna"};
inline const char *const kEnglishLast[] = {
    "Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Walker", "Hall", "Young", "King",
    "Wright", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Turner", "Parker", "Evans", "Collins", "Murphy"};

struct City { const char *city; const char *districts[6]; const char *areaCode; };
inline const City kCities[] = {
    {"北京市", {"朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区"}, "010"},
    {"上海市", {"浦东新区", "徐汇区", "静安区", "黄浦区", "闵行区", "杨浦区"}, "021"},
    {"广州市", {"天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区"}, "020"},
    {"深圳市", {"南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区"}, "0755"},
    {"杭州市", {"西湖区", "上城区", "拱墅区", "滨江区", "萧山区", "余杭区"}, "0571"},
    {"成都市", {"锦江区", "青羊区", "武侯区", "成华区", "金牛区", "高新区"}, "028"},
    {"南京市", {"玄武区", "秦淮区", "鼓楼区", "建邺区", "江宁区", "栖霞区"}, "025"},
    {"武汉市", {"江岸区", "江汉区", "武昌区", "洪山区", "汉阳区", "青山区"}, "027"},
    {"西安市", {"雁塔区", "碑林区", "莲湖区", "新城区", "未央区", "长安区"}, "029"},
    {"青岛市", {"市南区", "市北区", "崂山区", "李沧区", "黄岛区", "城阳区"}, "0532"},
    {"重庆市", {"渝中区", "江北区", "南岸区", "九龙坡区", "沙坪坝区", "渝北区"}, "023"},
    {"苏州市", {"姑苏区", "工业园区", "吴中区", "相城区", "虎丘区", "吴江区"}, "0512"},
};
inline const char *const kRoads[] = {
    "建国路", "人民路", "解放路", "中山路", "长安街", "南京路", "和平路", "文化路", "学府路", "科技路", "滨河路", "光明路",
    "幸福路", "团结路", "新华路", "朝阳路", "花园路", "东风路", "五一路", "青年路", "迎宾大道", "世纪大道", "湖滨路", "友谊路"};
inline const char *const kCompoundSuffix[] = {"小区", "花园", "家园", "公寓", "苑", "大厦", "新村", "府"};
inline const char *const kCompoundPrefix[] = {"阳光", "金地", "万科", "碧桂", "绿城", "保利", "华润", "龙湖", "融创", "世茂",
                                              "翠苑", "锦绣", "紫荆", "丽景", "天誉", "星河"};
inline const char *const kBusinessNames[] = {"科技有限公司", "酒店管理有限公司", "餐饮有限公司", "物业服务有限公司", "贸易有限公司",
                                             "家居商城", "电器专卖店", "连锁超市"};

struct ProductLine {
    const char *type;        // shown as product type
    const char *prefix;      // model code prefix
    int warrantyMonths;
    bool depotRepairable;    // small items usually carried in
    const char *symptoms[8];
};
inline const ProductLine kProductLines[] = {
    {"冰箱 Refrigerator", "BCD-", 36, false, {"冷藏室不制冷", "压缩机噪音大", "冷冻室结霜严重", "显示屏报E1故障", "门封条老化漏冷", "Fridge not cooling", "制冰机不出冰", "断电后无法启动"}},
    {"洗衣机 Washing machine", "XQG-", 24, false, {"脱水时震动剧烈", "不进水", "排水慢，报E21", "门锁打不开", "滚筒不转", "Water leaking from the door", "程序运行中断电", "异味严重"}},
    {"空调 Air conditioner", "KFR-", 36, false, {"制冷效果差", "室内机漏水", "遥控无反应", "外机噪音大", "制热不启动", "显示F3故障码", "Air conditioner blows warm air", "移机安装"}},
    {"热水器 Water heater", "JSQ-", 36, false, {"点火失败", "水温忽冷忽热", "机身漏水", "显示E5熄火保护", "出水量小", "No hot water", "异响", "排烟管松动"}},
    {"油烟机 Range hood", "CXW-", 24, false, {"吸力不足", "运行噪音大", "照明灯不亮", "按键失灵", "漏油", "Fan does not start", "止回阀卡住", "挥手感应失灵"}},
    {"电视 Television", "TV-", 12, false, {"黑屏有声音", "屏幕有竖线", "无法开机", "遥控器失灵", "无信号", "Screen flickers", "网络连接失败", "壁挂架松动"}},
    {"沙发 Sofa", "SF-", 36, false, {"坐垫塌陷", "皮面开裂", "电动功能失灵", "框架异响", "缝线开裂", "Recliner motor broken", "扶手松动", "颜色与样品不符"}},
    {"床垫 Mattress", "MT-", 60, false, {"弹簧异响", "局部塌陷", "面料起球", "有异味", "尺寸不符", "Mattress sagging", "边框变形", "拉链损坏"}},
    {"办公椅 Office chair", "OC-", 24, true, {"气压杆下沉", "扶手松动", "滚轮卡死", "靠背无法调节", "椅面开裂", "Chair leans to one side", "底盘断裂", "头枕脱落"}},
    {"衣柜 Wardrobe", "WD-", 36, false, {"柜门合页松动", "滑轨卡顿", "板材开裂", "安装不平", "抽屉脱落", "Door will not close", "把手脱落", "柜体异味"}},
    {"手机 Phone", "PH-", 12, true, {"屏幕碎裂", "电池续航短", "无法充电", "摄像头模糊", "频繁死机", "Phone will not turn on", "听筒无声", "信号差"}},
    {"平板电脑 Tablet", "TB-", 12, true, {"触屏失灵", "无法开机", "充电口松动", "屏幕闪烁", "WiFi连接不上", "Battery swelling", "按键失灵", "系统卡顿"}},
};
inline const char *const kModelSuffixes[] = {"A", "B", "C", "S", "X", "Pro", "Plus", "Max", "E", "W"};

inline const char *const kDiagnoses[] = {
    "主板故障，需更换", "传感器损坏", "管路堵塞，已疏通", "电机老化", "用户使用不当", "线路接触不良", "密封件老化", "软件故障，已升级",
    "零件磨损", "安装不规范，已重新调整"};
inline const char *const kWorkDone[] = {
    "更换主板并测试正常", "更换传感器，运行正常", "清洗并疏通管路", "更换电机", "指导客户正确使用", "重新接线并紧固", "更换密封件",
    "升级固件，功能恢复", "更换磨损零件", "重新安装调试"};
inline const char *const kCancelReasons[] = {
    "客户自行解决", "客户取消预约", "重复报修", "客户联系不上", "Customer withdrew the request", "超出服务范围"};
inline const char *const kRescheduleReasons[] = {
    "客户临时有事", "技师行程冲突", "配件未到", "天气原因", "Customer not at home"};
inline const char *const kConsultationTopics[] = {
    "咨询保修政策", "咨询使用方法", "咨询安装费用", "咨询配件价格", "How to reset the device", "咨询清洗保养方法"};
inline const char *const kInstallSymptoms[] = {"新机安装", "新购产品上门安装调试", "Installation of new unit", "移机安装"};
inline const char *const kMaintenanceSymptoms[] = {"年度保养", "深度清洗保养", "定期检查", "Annual maintenance visit"};
inline const char *const kReturnSymptoms[] = {"七天无理由退货", "开箱损坏要求换货", "Return: wrong model delivered", "质量问题申请换货"};

} // namespace as::demo
