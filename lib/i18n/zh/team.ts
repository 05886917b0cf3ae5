import type { enTeam } from '../en/team';
import type { Translation } from '../types';

export const zhTeam: Translation<typeof enTeam> = {
  teamError_unauthorized: '用户名或密码错误：CouchDB 服务器拒绝登录（401）。',
  teamError_forbidden: '此账号只能读取团队数据库，不能写入（403）。',
  teamError_missing: '服务器上没有这个团队数据库（404）：请检查数据库名称。',
  teamError_offline: '无法连接服务器：改动先保存在本机，服务器恢复后自动发送。',
  teamError_server: '服务器返回错误：改动先保存在本机，稍后重新发送。',
  teamReadOnly: '只读成员：你可以看到团队的数据，你的改动只保存在本浏览器。',
};
