// The compiled translations (:/i18n/aftersales_zh_CN.qm, aftersales_zh_TW.qm) are
// attached to this library as resources.
namespace as {
int i18nAnchor = 0;
} // namespace as
