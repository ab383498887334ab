#include "orders/OrderAttachmentsTab.h"

#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

using Kind = AttachmentService::Kind;

OrderAttachmentsTab::OrderAttachmentsTab(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(u"attachments"_s);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Size"), tr("Added"), tr("By"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_preview = new QLabel;
    m_preview->setObjectName(u"attachmentPreview"_s);
    m_preview->setFixedSize(240, 240);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(u"border: 1px solid #ccc;"_s);
    m_error = makeErrorLabel();

    auto *scan = new QPushButton(tr("Add &signed form scan…"));
    auto *photo = new QPushButton(tr("Add &photo…"));
    auto *other = new QPushButton(tr("Add other &file…"));
    auto *openButton = new QPushButton(tr("&Open"));
    auto *save = new QPushButton(tr("Save a &copy…"));
    auto *removeButton = new QPushButton(tr("&Remove…"));
    for (QPushButton *b : {scan, photo, other, removeButton})
        b->setVisible(actor.can(Permission::EditOrders));
    connect(scan, &QPushButton::clicked, this, [this] { add(int(Kind::SignedForm)); });
    connect(photo, &QPushButton::clicked, this, [this] { add(int(Kind::Photo)); });
    connect(other, &QPushButton::clicked, this, [this] { add(int(Kind::Other)); });
    connect(openButton, &QPushButton::clicked, this, &OrderAttachmentsTab::open);
    connect(save, &QPushButton::clicked, this, &OrderAttachmentsTab::saveCopy);
    connect(removeButton, &QPushButton::clicked, this, &OrderAttachmentsTab::remove);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &OrderAttachmentsTab::open);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_preview->clear();
        const qint64 id = currentId();
        const int row = m_table->currentRow();
        if (id == 0 || !m_table->item(row, 0)->data(Qt::UserRole + 1).toString().startsWith(u"image/"_s))
            return;
        auto bytes = m_services.attachments.content(id);
        QImage img;
        if (bytes && img.loadFromData(*bytes))
            m_preview->setPixmap(QPixmap::fromImage(img.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {scan, photo, other})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {openButton, save, removeButton})
        buttons->addWidget(b);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addWidget(m_preview, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
}

void OrderAttachmentsTab::setOrder(qint64 orderId)
{
    m_orderId = orderId;
    m_error->hide();
    auto list = m_services.attachments.list(orderId);
    if (!list) {
        m_error->setText(list.error().message);
        m_error->show();
        return;
    }
    m_table->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const auto &a = list->at(r);
        const QStringList cells{a.fileName, AttachmentService::kindLabel(a.kind),
                                QLocale().formattedDataSize(a.size), fmt::dateTime(a.at), a.user, a.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0) {
                item->setData(Qt::UserRole, a.id);
                item->setData(Qt::UserRole + 1, a.mimeType);
                item->setData(Qt::UserRole + 2, a.rowVersion);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

qint64 OrderAttachmentsTab::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool OrderAttachmentsTab::addFile(const QString &path, int kind)
{
    auto id = m_services.attachments.addFile(m_actor, m_orderId, Kind(kind), path);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return false;
    }
    setOrder(m_orderId);
    return true;
}

void OrderAttachmentsTab::add(int kind)
{
    const QString filter = kind == int(Kind::Other) ? tr("All files (*)") : tr("Images and PDF (*.png *.jpg *.jpeg *.pdf *.tif *.tiff)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"), QString(), filter);
    if (!path.isEmpty())
        addFile(path, kind);
}

void OrderAttachmentsTab::open()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    auto bytes = m_services.attachments.content(id);
    if (!bytes) {
        m_error->setText(bytes.error().message);
        m_error->show();
        return;
    }
    // A copy in a temporary folder, opened with the system's viewer.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/aftersales-attachments"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + QString::number(id) + u'-' + m_table->item(m_table->currentRow(), 0)->text();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit()) {
        m_error->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        m_error->show();
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void OrderAttachmentsTab::saveCopy()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), m_table->item(m_table->currentRow(), 0)->text());
    if (path.isEmpty())
        return;
    auto bytes = m_services.attachments.content(id);
    QSaveFile f(path);
    if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit()) {
        m_error->setText(bytes ? tr("Cannot write %1: %2").arg(path, f.errorString()) : bytes.error().message);
        m_error->show();
    }
}

void OrderAttachmentsTab::remove()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Remove attachment"), tr("Reason (the file is kept in the archive):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const int rv = m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole + 2).toInt();
    Status st = m_services.attachments.archive(m_actor, id, rv, reason);
    if (!st.ok()) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    setOrder(m_orderId);
}

} // namespace as
