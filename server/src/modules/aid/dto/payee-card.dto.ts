import { ApiProperty } from '@nestjs/swagger';
import { IsBankAccount } from './bank-account';

/** PUT /api/me/aid/card — the member's 工会会员互助服务卡. */
export class SavePayeeCardDto {
  @ApiProperty({ example: '6222020200112233445', description: '互助服务卡卡号，加密保存，只返回尾号' })
  @IsBankAccount()
  account: string;
}
