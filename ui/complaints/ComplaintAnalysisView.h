#pragma once

#include "services/ComplaintAnalysis.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace as {

struct Services;
class DateField;

// Complaint analysis: counts by category, responsibility, product model and month, repeat
// customers and the share caused by service, for a range of reception dates.
class ComplaintAnalysisView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintAnalysisView(Services &services, QWidget *parent = nullptr);
    void refresh();
    const ComplaintAnalysis &analysis() const { return m_analysis; }

private:
    void fill(QTableWidget *table, const QList<ComplaintAnalysis::Count> &counts, const std::function<QString(const QString &)> &label);

    Services &m_services;
    ComplaintAnalysis m_analysis;
    DateField *m_from, *m_to;
    QLabel *m_summary, *m_error;
    QTableWidget *m_category, *m_responsibility, *m_model, *m_month, *m_repeat;
};

} // namespace as
