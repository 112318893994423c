# receipt.tpl - 送达回证, printed after each document for its addressee
# and kept on file once signed.  Basis: 劳动人事争议仲裁办案规则 (2017) 第二
# 十条 (service as the civil procedure law provides: the addressee writes
# the date received and signs; a refusal is noted with a witness and the
# document left); 民事诉讼法第八十七条 (the 送达回证).  Order after the 2017
# model 送达回证: the case, the addressee, the document, the address, the
# method, when received, the signatures, the 拒收 / witness note.  When a
# service of this document to this addressee has been recorded (tiaocai
# case serve), its values are filled in; otherwise the rows are left to be
# filled in by hand.  {doc.name} is the document served.  The office is
# the title's; the form fits one page.  Syntax: accept-notice.tpl.

%title {office}
%title 送达回证
%caseno

%table
案由|{cause}争议
受送达人|{to.name}
%if doc.no
送达文书|{doc.name}（本案第{doc.no}号文书）
%else
送达文书|{doc.name}
%end
%if service.address
送达地址|{service.address}
%else
送达地址|{to.address}
%end
%if service.method
送达方式|{service.method}送达
收到日期|{service.date}{service.time}
%? 送达人|{service.by}
%else
送达方式|直接　留置　委托　邮寄　电子　公告
收到日期|　　　　年　　月　　日　　时　　分
送达人|
%end
受送达人签名或盖章|
代收人及代收理由|
%if service.note
备注|{service.note}
%else
备注|拒收的，记明拒收事由和日期，由送达人、见证人签名或盖章
%end
%end
